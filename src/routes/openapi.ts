/** The OpenAPI 3.1 description of the v1 API, served at /openapi.json and rendered at /docs. */
import { feedPaths, feedSchemas } from "../feeds/openapi";
import {
  FACTS_DEFAULT,
  FACTS_MAX,
  FACTS_MIN,
  FETCH_MAX_BYTES,
  MAX_BODY_BYTES,
  MAX_DEPTH,
  MAX_ELEMENTS,
  MAX_HTML_CHARS,
  MAX_SUMMARY_SENTENCES,
  MAX_TEXT_CHARS,
  RATE_LIMIT_PERIOD_SECONDS,
  SENTENCES_DEFAULT,
  SENTENCES_MAX,
  SENTENCES_MIN,
  TRANSLATE_MAX_CHARS,
  TRANSLATE_MAX_TEXTS,
} from "../limits";

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** Every /v1 route may answer this when the rate limiter is bound (see README "Rate limiting"). */
const rateLimited = {
  ...error(
    `Too many requests from this API key (or client address): try again after \`Retry-After\` seconds (${RATE_LIMIT_PERIOD_SECONDS}).`,
  ),
  headers: { "Retry-After": { schema: { type: "integer" } } },
};

const optionParams = [
  {
    name: "sentences",
    in: "query",
    schema: { type: "integer", minimum: SENTENCES_MIN, maximum: SENTENCES_MAX, default: SENTENCES_DEFAULT },
  },
  {
    name: "facts",
    in: "query",
    schema: { type: "integer", minimum: FACTS_MIN, maximum: FACTS_MAX, default: FACTS_DEFAULT },
  },
  { name: "lang", in: "query", schema: { type: "string" }, description: "Language override (ISO 639-1)." },
  {
    name: "ratio",
    in: "query",
    schema: { type: "number", exclusiveMinimum: 0, maximum: 1 },
    description: "Summary length as a share of the sentences (instead of `sentences`).",
  },
  { name: "fresh", in: "query", schema: { type: "boolean" }, description: "Bypass the cache." },
  {
    name: "to",
    in: "query",
    schema: { type: "string" },
    description: "Translate title, summary and key facts into this language (ISO 639-1 or 639-3).",
  },
  {
    name: "include",
    in: "query",
    schema: { type: "string", enum: ["text"] },
    description: "`text` adds the extracted paragraphs.",
  },
  {
    name: "url",
    in: "query",
    schema: { type: "string", format: "uri" },
    description: "The page's URL (with an HTML body).",
  },
];

export const openApiSpec = {
  openapi: "3.1.0",
  info: {
    title: "precis API",
    version: "1",
    description:
      "Turns a news article into clean text, an extractive summary and key facts. Errors are always " +
      "`{ error: { code, message } }`. When the worker has API keys configured, /v1 routes need " +
      "`Authorization: Bearer <key>`. /v1 routes are rate limited per API key (or client address): 429 " +
      "with `Retry-After`. Past a processing limit the answer is computed on what fit and says so in " +
      "`meta.limits`.",
  },
  paths: {
    "/v1/summarize": {
      post: {
        summary: "Summarise an article (HTML, plain text or a URL to fetch)",
        parameters: optionParams,
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/SummarizeRequest" } },
            "text/html": {
              schema: { type: "string" },
              description: "The page itself; options as query parameters.",
            },
            "text/plain": {
              schema: { type: "string" },
              description: "Article text, paragraphs separated by blank lines.",
            },
          },
        },
        responses: {
          "200": {
            description: "The result. Header `X-Cache: HIT|MISS`.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/SummaryResult" } } },
          },
          "400": error("Malformed JSON, unknown field, option out of range, or a URL we will not fetch."),
          "401": error("API keys are configured and the request has no valid key."),
          "429": rateLimited,
          "413": error(`Body larger than ${MAX_BODY_BYTES} bytes.`),
          "415": error("Content type other than application/json, text/html or text/plain."),
          "422": error(
            "The input holds no article text (or the URL serves something other than HTML), or `to` names a " +
              "language the translation provider cannot reach from the article's (`details.supportedTargets`).",
          ),
          "502": error("Fetching the URL failed or redirected too often."),
          "504": error("Fetching the URL timed out."),
        },
      },
    },
    "/v1/summaries/{id}": {
      get: {
        summary: "A cached result by its id",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[0-9a-f]{64}$" } },
          { name: "include", in: "query", schema: { type: "string", enum: ["text"] } },
        ],
        responses: {
          "200": {
            description: "The result.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/SummaryResult" } } },
          },
          "404": error("Absent or expired."),
          "429": rateLimited,
        },
      },
    },
    "/v1/translate": {
      post: {
        summary: "Translate any text with the configured provider (cached)",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["to"],
                additionalProperties: false,
                description: "Exactly one of `text` or `texts`.",
                properties: {
                  text: { type: "string" },
                  texts: { type: "array", items: { type: "string" }, maxItems: TRANSLATE_MAX_TEXTS },
                  from: { type: "string", description: "Source language; detected when absent." },
                  to: { type: "string", description: "Target language (ISO 639-1 or 639-3)." },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "`{ from, to, provider, text | texts, numbersMissing, cached }` (`texts` when `texts` was sent). " +
              "Header `X-Cache: HIT|MISS`.",
          },
          "400": error(
            `Malformed body, no text, more than ${TRANSLATE_MAX_TEXTS} texts or ${TRANSLATE_MAX_CHARS} characters.`,
          ),
          "422": error(
            "The provider cannot translate this pair (`details.supportedTargets`), or no source language.",
          ),
          "429": rateLimited,
          "502": error("The translation provider failed."),
          "503": error("No translation provider is configured."),
          "504": error("The translation provider timed out."),
        },
      },
    },
    "/v1/languages": {
      get: {
        summary: "Language pairs of the configured translation provider",
        parameters: [
          { name: "from", in: "query", schema: { type: "string" }, description: "Only this source." },
        ],
        responses: {
          "200": { description: "`{ provider, languages: [{ code, targets: [code] }] }`" },
          "429": rateLimited,
          "502": error("The translation provider failed."),
          "503": error("No translation provider is configured."),
          "504": error("The translation provider timed out."),
        },
      },
    },
    "/health": {
      get: { summary: "Liveness", responses: { "200": { description: '`{ status: "ok", version }`' } } },
    },
    ...feedPaths,
  },
  components: {
    schemas: {
      ...feedSchemas,
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: { type: "string" },
              message: { type: "string" },
              details: { type: "object" },
            },
          },
        },
      },
      SummarizeRequest: {
        type: "object",
        description:
          "Exactly one of `html`, `text` or `url`; `url` may accompany `html` as the page's address.",
        additionalProperties: false,
        properties: {
          html: { type: "string" },
          text: { type: "string" },
          url: { type: "string", format: "uri" },
          title: { type: "string", description: "Title of a `text` article." },
          sentences: {
            type: "integer",
            minimum: SENTENCES_MIN,
            maximum: SENTENCES_MAX,
            default: SENTENCES_DEFAULT,
          },
          facts: { type: "integer", minimum: FACTS_MIN, maximum: FACTS_MAX, default: FACTS_DEFAULT },
          lang: { type: "string" },
          ratio: { type: "number", exclusiveMinimum: 0, maximum: 1 },
          fresh: { type: "boolean", default: false },
          include: { type: "string", enum: ["text"] },
          to: {
            type: "string",
            description: "Translate title, summary and key facts into this language (ISO 639-1 or 639-3).",
          },
        },
      },
      Translation: {
        type: "object",
        description:
          "With `to`: the shown parts translated, parallel to `summary` and `keyFacts`. When the provider " +
          "fails or times out only `lang`, `from`, `provider` and `error` are present (the response is still 200).",
        properties: {
          lang: { type: "string" },
          from: { type: "string" },
          provider: { type: "string", description: '"none" when the article already is in `lang`.' },
          title: { type: ["string", "null"] },
          summary: { type: "array", items: { type: "string" } },
          keyFacts: { type: "array", items: { type: "string" } },
          numbersMissing: {
            type: "array",
            description: "Numbers of a source text missing from its translation.",
            items: {
              type: "object",
              properties: {
                field: { type: "string" },
                index: { type: "integer" },
                numbers: { type: "array", items: { type: "string" } },
              },
            },
          },
          cached: { type: "boolean" },
          error: { type: "string" },
        },
      },
      LimitHit: {
        type: "object",
        required: ["limit", "max"],
        properties: {
          limit: {
            type: "string",
            enum: ["htmlChars", "elements", "depth", "textChars", "summarySentences", "fetchBytes"],
          },
          max: { type: "integer", description: "The limit's value." },
          actual: {
            type: "integer",
            description:
              "The input's size by the same measure, when known (not for elements, depth, fetchBytes).",
          },
        },
      },
      SentenceRef: {
        type: "object",
        properties: {
          paragraph: { type: "integer", description: "Index into the extracted paragraphs." },
          sentence: { type: "integer", description: "Sentence index within the paragraph." },
          start: { type: "integer", description: "UTF-16 offset into the paragraphs joined by blank lines." },
          end: { type: "integer" },
        },
      },
      SummaryResult: {
        type: "object",
        properties: {
          id: { type: "string" },
          article: {
            type: "object",
            properties: {
              title: { type: ["string", "null"] },
              byline: { type: ["string", "null"] },
              publishedAt: { type: ["string", "null"], format: "date-time" },
              siteName: { type: ["string", "null"] },
              url: { type: ["string", "null"] },
              lang: { type: ["string", "null"] },
              description: { type: ["string", "null"] },
              wordCount: { type: "integer" },
              readingMinutes: { type: "integer" },
            },
          },
          summary: {
            type: "array",
            description: "The article's own best sentences, in reading order.",
            items: {
              allOf: [
                { $ref: "#/components/schemas/SentenceRef" },
                { type: "object", properties: { text: { type: "string" }, score: { type: "number" } } },
              ],
            },
          },
          keyFacts: {
            type: "array",
            description: "Short factual statements from the article, most important first.",
            items: {
              type: "object",
              properties: {
                text: { type: "string" },
                kind: { type: "string", enum: ["event", "quantity", "date", "quote", "statement"] },
                source: { $ref: "#/components/schemas/SentenceRef" },
                entities: { type: "array", items: { type: "object" } },
                numbers: { type: "array", items: { type: "object" } },
                dates: { type: "array", items: { type: "object" } },
                quote: { type: "object" },
                score: { type: "number" },
              },
            },
          },
          entities: { type: "array", items: { type: "object" } },
          quotes: { type: "array", items: { type: "object" } },
          paragraphs: { type: "array", description: "With include=text.", items: { type: "object" } },
          translation: { $ref: "#/components/schemas/Translation" },
          meta: {
            type: "object",
            properties: {
              version: { type: "string" },
              cached: { type: "boolean" },
              createdAt: { type: "string", format: "date-time" },
              truncated: {
                type: "array",
                description: "The limits in `limits`, as sentences for people (empty when nothing was cut).",
                items: { type: "string" },
              },
              limits: {
                type: "array",
                description:
                  "Processing limits the input went past: the answer was computed on what fit (the first " +
                  `${MAX_HTML_CHARS} HTML characters, ${MAX_ELEMENTS} elements, ${MAX_DEPTH} nesting levels, ` +
                  `${MAX_TEXT_CHARS} text characters, ${MAX_SUMMARY_SENTENCES} sentences competing for the ` +
                  `summary, ${FETCH_MAX_BYTES} bytes of a fetched page). Empty when nothing was cut.`,
                items: { $ref: "#/components/schemas/LimitHit" },
              },
            },
          },
        },
      },
    },
  },
};
