/** The feeds part of the OpenAPI description (merged into src/routes/openapi.ts). */
import {
  FEED_INTERVAL_DEFAULT_MINUTES,
  FEED_INTERVAL_MAX_MINUTES,
  FEED_INTERVAL_MIN_MINUTES,
  FEED_ITEMS_LIMIT_DEFAULT,
  FEED_ITEMS_LIMIT_MAX,
} from "../limits";

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const idParam = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" },
};

const feedJson = { "application/json": { schema: { $ref: "#/components/schemas/Feed" } } };

export const feedPaths = {
  "/v1/feeds": {
    get: {
      summary: "Feeds summarised on schedule (from FEEDS and from the API) with their state",
      responses: { "200": { description: "`{ feeds: [Feed] }`" } },
    },
  },
  "/v1/feeds/{id}": {
    parameters: [idParam],
    get: {
      summary: "One feed and its state",
      responses: { "200": { description: "The feed.", content: feedJson }, "404": error("No such feed.") },
    },
    put: {
      summary: "Add or change a feed (its new items are summarised on schedule)",
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["url"],
              additionalProperties: false,
              properties: {
                url: { type: "string", format: "uri" },
                intervalMinutes: {
                  type: "integer",
                  minimum: FEED_INTERVAL_MIN_MINUTES,
                  maximum: FEED_INTERVAL_MAX_MINUTES,
                  default: FEED_INTERVAL_DEFAULT_MINUTES,
                },
              },
            },
          },
        },
      },
      responses: {
        "200": { description: "Changed (a new URL starts the feed afresh).", content: feedJson },
        "201": { description: "Added.", content: feedJson },
        "400": error("Bad id, URL or interval."),
        "409": error("The feed is defined in the FEEDS configuration, or the registry is full."),
      },
    },
    delete: {
      summary: "Remove a feed added through the API",
      responses: {
        "204": { description: "Removed." },
        "404": error("No such feed."),
        "409": error("The feed is defined in the FEEDS configuration."),
      },
    },
  },
  "/v1/feeds/{id}/items": {
    parameters: [idParam],
    get: {
      summary: "The feed's latest summarised items, newest first",
      parameters: [
        {
          name: "limit",
          in: "query",
          schema: {
            type: "integer",
            minimum: 1,
            maximum: FEED_ITEMS_LIMIT_MAX,
            default: FEED_ITEMS_LIMIT_DEFAULT,
          },
        },
        {
          name: "to",
          in: "query",
          schema: { type: "string" },
          description: "Translate each item's title, summary and key facts (as on /v1/summarize).",
        },
      ],
      responses: {
        "200": {
          description: "`{ feed: { id, url }, items: [FeedItem] }`",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  feed: { type: "object" },
                  items: { type: "array", items: { $ref: "#/components/schemas/FeedItem" } },
                },
              },
            },
          },
        },
        "400": error("Bad limit or language."),
        "404": error("No such feed."),
        "503": error("`to` given but no translation provider is configured."),
      },
    },
  },
  "/v1/feeds/{id}/refresh": {
    parameters: [idParam],
    post: {
      summary: "Queue the feed now, whether due or not",
      responses: { "202": { description: "`{ id, queued: true }`" }, "404": error("No such feed.") },
    },
  },
};

export const feedSchemas = {
  Feed: {
    type: "object",
    properties: {
      id: { type: "string" },
      url: { type: "string" },
      intervalMinutes: { type: "integer" },
      source: { type: "string", enum: ["config", "api"] },
      state: {
        type: "object",
        properties: {
          lastAttemptAt: { type: ["string", "null"], format: "date-time" },
          lastFetchedAt: { type: ["string", "null"], format: "date-time" },
          lastStatus: { type: ["integer", "null"], description: "304 when the feed had not changed." },
          lastError: { type: ["string", "null"] },
          title: { type: ["string", "null"] },
          itemCount: { type: "integer", description: "Items in the feed's index (queued or summarised)." },
          lastNewItems: { type: "integer" },
        },
      },
    },
  },
  FeedItem: {
    type: "object",
    properties: {
      id: { type: "string" },
      title: { type: ["string", "null"] },
      link: { type: ["string", "null"] },
      publishedAt: { type: ["string", "null"], format: "date-time" },
      source: {
        type: "string",
        enum: ["page", "feed"],
        description: "`feed` when the page could not be had and the feed's own full content was summarised.",
      },
      lang: { type: ["string", "null"] },
      summary: { $ref: "#/components/schemas/SummaryResult/properties/summary" },
      keyFacts: { $ref: "#/components/schemas/SummaryResult/properties/keyFacts" },
      resultId: { type: "string", description: "GET /v1/summaries/{resultId} while cached." },
      processedAt: { type: "string", format: "date-time" },
      translation: { $ref: "#/components/schemas/Translation" },
    },
  },
};
