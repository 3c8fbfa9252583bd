/** Sent on every outgoing fetch (pages and feeds), so site owners can tell who is calling. */
export const USER_AGENT = "precis/0.1 (article summariser; +https://github.com/precis-news/precis)";
