/**
 * The playground's stylesheet, served at /playground.css (the CSP allows no inline styles).
 * One column on a phone, form and result side by side with the article text on a wide screen.
 * Highlights never rely on colour alone: summary sentences are underlined, key facts have a
 * double bottom rule, and each one starts with a text tag (S1, F2) that the lists repeat.
 * `forced-colors` keeps the marks visible in Windows high-contrast mode.
 */
export const PLAYGROUND_CSS = `:root{--ink:#1a1a1a;--muted:#555;--line:#c9c9c9;--bg:#fff;--panel:#f6f6f4;--accent:#0b57d0;
--sum:#fff1a8;--sum-ink:#6b5200;--fact:#d5ecff;--fact-ink:#0a4a80;--bad:#a40e0e;--bad-bg:#fdecec;--ok:#1c6b2d}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem}
.skip:focus{left:.5rem}
.wrap{max-width:84rem;margin:0 auto;padding:0 1rem 3rem}
header.top{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1.5rem;padding:1rem 0;border-bottom:1px solid var(--line)}
header.top h1{margin:0;font-size:1.6rem}
header.top p{margin:0;color:var(--muted);flex:1 1 24rem}
header.top nav a{font-weight:600}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.layout{display:grid;gap:1.5rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:64rem){.layout{grid-template-columns:minmax(0,25rem) minmax(0,1fr)}
.layout form{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto}}
form{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:1rem;margin-top:1.5rem}
fieldset{border:0;margin:0 0 1rem;padding:0;min-width:0}
legend{font-weight:700;margin-bottom:.25rem;padding:0}
label{display:block;font-weight:600;margin:.6rem 0 .2rem}
.check label{display:inline;font-weight:400;margin-left:.35rem}
.check{margin-top:.6rem}
.hint{display:block;font-size:.85rem;color:var(--muted);margin:.15rem 0 0}
input,textarea,button{font:inherit;color:inherit}
input[type=url],input[type=text],input[type=password],input[type=number],textarea{width:100%;padding:.45rem .5rem;
border:1px solid #8a8a8a;border-radius:6px;background:#fff}
input[type=checkbox]{width:1.1rem;height:1.1rem;vertical-align:middle}
textarea{min-height:9rem;resize:vertical;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem}
.options{display:grid;grid-template-columns:repeat(auto-fit,minmax(7.5rem,1fr));gap:0 .75rem}
details.key{margin:.25rem 0 1rem}
details.key summary{cursor:pointer;font-weight:600}
button{display:inline-block;min-height:2.75rem;padding:.55rem 1.4rem;border:0;border-radius:6px;background:var(--accent);
color:#fff;font-weight:700;cursor:pointer}
button[disabled]{opacity:.6;cursor:progress}
.status{min-height:1.5rem;margin:.6rem 0 0;color:var(--muted)}
.error{border:2px solid var(--bad);background:var(--bad-bg);color:var(--bad);border-radius:8px;padding:.75rem 1rem;margin-top:1.5rem}
.error p{margin:.2rem 0}
.error .error-message{font-weight:700;font-size:1.05rem}
.error::before{content:"Error";display:block;font-weight:800;text-transform:uppercase;letter-spacing:.05em;font-size:.8rem}
#result h2:first-child{margin-top:1.5rem}
#result-title{font-size:1.5rem;margin:1.5rem 0 .25rem;line-height:1.25}
#result-title:focus{outline:none}
dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem .75rem;margin:.5rem 0;font-size:.92rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.cols{display:grid;gap:0 2rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:48rem){.cols{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}}
ol.items{padding-left:0;list-style:none;margin:.25rem 0}
ol.items li{margin:.4rem 0;padding:.5rem .6rem;border-left:4px solid var(--line);background:var(--panel);border-radius:0 6px 6px 0}
ol.summary li{border-left-color:#c9a400}
ol.facts li{border-left-color:#3b82c4;border-left-style:double;border-left-width:6px}
.tag{display:inline-block;min-width:1.9em;margin-right:.35rem;padding:0 .3em;border-radius:4px;font-size:.75rem;font-weight:800;
line-height:1.5;text-align:center;text-decoration:none;vertical-align:.1em;border:1px solid currentColor}
.tag-summary{background:var(--sum);color:var(--sum-ink)}
.tag-fact{background:var(--fact);color:var(--fact-ink)}
.kind{display:inline-block;margin-right:.35rem;padding:0 .4em;border-radius:4px;font-size:.75rem;font-weight:700;
background:#fff;border:1px solid var(--muted);color:var(--ink);text-transform:uppercase;letter-spacing:.03em}
.fact-details{display:block;font-size:.82rem;color:var(--muted);margin-top:.2rem}
.warn{color:var(--bad)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.25rem;font-size:.88rem;margin:.25rem 0 .75rem;padding:0;list-style:none}
.article-text{border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem;max-width:46rem;font-size:1.02rem;line-height:1.7}
.article-text h3{font-size:1.05rem;margin:1rem 0 .25rem}
.article-text blockquote{margin:.75rem 0;padding-left:1rem;border-left:3px solid var(--line)}
.article-text pre{white-space:pre-wrap;font-size:.9rem}
.article-text .li::before{content:"\\2022\\00a0"}
mark.hl{color:inherit;background:transparent;padding:.05em 0}
mark.hl-summary{background:var(--sum);text-decoration:underline solid var(--sum-ink) 2px;text-underline-offset:.2em}
mark.hl-fact{border-bottom:3px double var(--fact-ink)}
mark.hl-fact:not(.hl-summary){background:var(--fact)}
.article-text .tag{font-size:.7rem;margin-right:.2rem}
.translation{border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem .75rem}
pre.json{max-height:28rem;overflow:auto;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem;
font-size:.8rem;white-space:pre-wrap;overflow-wrap:anywhere}
details.raw{margin-top:1.5rem}
details.raw summary{cursor:pointer;font-weight:600}
[hidden]{display:none!important}
@media (forced-colors:active){mark.hl{forced-color-adjust:none;background:Mark;color:MarkText}
.tag,.kind{forced-color-adjust:auto}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
`;
