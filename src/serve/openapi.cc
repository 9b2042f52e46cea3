// The API's OpenAPI 3 description (kept beside the handlers in api.cc; the
// API test checks that every path here answers).
#include "dyad/serve.h"

namespace dyad {

const std::string& OpenApiJson() {
  static const std::string kJson = R"json({
  "openapi": "3.0.3",
  "info": {"title": "dyad API", "version": "1",
           "description": "Coded political events (CAMEO) from the dyad store. Errors: {\"error\": message} with 400 (bad parameter), 401 (token), 403 (read-only), 404, 405."},
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}, "header": {"type": "apiKey", "in": "header", "name": "X-Dyad-Token"}},
    "parameters": {
      "country": {"name": "country", "in": "query", "schema": {"type": "string"}, "description": "country (MAR) or actor code (MARGOV) on either side"},
      "source": {"name": "source", "in": "query", "schema": {"type": "string"}, "description": "source country or actor code"},
      "target": {"name": "target", "in": "query", "schema": {"type": "string"}, "description": "target country or actor code"},
      "dyad": {"name": "dyad", "in": "query", "schema": {"type": "string"}, "description": "A,B: events between A and B in either direction"},
      "root": {"name": "root", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{2}$"}, "description": "CAMEO root 01-20"},
      "code": {"name": "code", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{2,4}$"}, "description": "CAMEO code"},
      "quad": {"name": "quad", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 4}, "description": "quad class"},
      "plover": {"name": "plover", "in": "query", "schema": {"type": "string"}, "description": "PLOVER type, e.g. CONSULT"},
      "lang": {"name": "lang", "in": "query", "schema": {"type": "string"}, "description": "language of the article (ISO 639-1)"},
      "from": {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "first date, inclusive"},
      "to": {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "last date, inclusive"},
      "in": {"name": "in", "in": "query", "schema": {"type": "string"}, "description": "events located in this country (ISO alpha-3)"},
      "place": {"name": "place", "in": "query", "schema": {"type": "string"}, "description": "events located at this place (its stored name, any case)"},
      "sector": {"name": "sector", "in": "query", "schema": {"type": "string", "pattern": "^[A-Z]{3}$"}, "description": "an actor of this sector on either side (GOV, MIL, COP ...)"},
      "actor": {"name": "actor", "in": "query", "schema": {"type": "string"}, "description": "an actor code (MARGOV) or a person's name (any case) on either side"},
      "text": {"name": "text", "in": "query", "schema": {"type": "string"}, "description": "full-text query over the documents (SQLite FTS5 syntax)"}
    }
  },
  "security": [{}, {"bearer": []}, {"header": []}],
  "paths": {
    "/api/health": {"get": {"summary": "server status", "responses": {"200": {"description": "{status, schema, read_only}"}}}},
    "/api/overview": {"get": {"summary": "documents, events, date range, languages and countries in the store", "responses": {"200": {"description": "overview"}}}},
    "/api/events": {"get": {"summary": "events matching the filters of dyad query, ordered by date, one page",
      "parameters": [{"$ref": "#/components/parameters/country"}, {"$ref": "#/components/parameters/source"}, {"$ref": "#/components/parameters/target"}, {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/root"}, {"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/quad"}, {"$ref": "#/components/parameters/plover"}, {"$ref": "#/components/parameters/lang"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/in"}, {"$ref": "#/components/parameters/place"}, {"$ref": "#/components/parameters/sector"}, {"$ref": "#/components/parameters/actor"}, {"$ref": "#/components/parameters/text"},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}},
        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 1000000, "default": 0}}],
      "responses": {"200": {"description": "{events: [{id, document, doc_id, url, title, num_mentions, num_sources, num_articles, event}], limit, offset, next_offset}"}, "400": {"description": "bad parameter"}}}},
    "/api/series": {"get": {"summary": "events per period and quad class with mean Goldstein",
      "parameters": [{"name": "period", "in": "query", "schema": {"type": "string", "enum": ["day", "week", "month"], "default": "week"}}, {"name": "by", "in": "query", "schema": {"type": "string", "enum": ["dyad", "source", "target"]}, "description": "an entry per period and directed country dyad, or source or target country"}, {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/country"}, {"$ref": "#/components/parameters/source"}, {"$ref": "#/components/parameters/target"}, {"$ref": "#/components/parameters/root"}, {"$ref": "#/components/parameters/quad"}, {"$ref": "#/components/parameters/lang"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}, {"$ref": "#/components/parameters/in"}, {"$ref": "#/components/parameters/text"}],
      "responses": {"200": {"description": "{period, periods: [{period, from, to, events, mean_goldstein, cooperation (quad classes 1-2), conflict (3-4), quad: [events of quad class 1..4], quad_goldstein: [mean Goldstein of quad class 1..4]}]}"}, "400": {"description": "bad parameter"}}}},
    "/api/top": {"get": {"summary": "events per actor code, country (either side) or location country, most first",
      "parameters": [{"name": "by", "in": "query", "schema": {"type": "string", "enum": ["actor", "country", "location"], "default": "country"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 300, "default": 20}}, {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/country"}, {"$ref": "#/components/parameters/root"}, {"$ref": "#/components/parameters/lang"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}],
      "responses": {"200": {"description": "{by, top: [{key, events, mean_goldstein}]}"}}}},
    "/api/places": {"get": {"summary": "located events grouped by place",
      "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 5000, "default": 500}}, {"$ref": "#/components/parameters/dyad"}, {"$ref": "#/components/parameters/country"}, {"$ref": "#/components/parameters/lang"}, {"$ref": "#/components/parameters/from"}, {"$ref": "#/components/parameters/to"}],
      "responses": {"200": {"description": "{places: [{name, country, lat, lon, events}]}"}}}},
    "/api/documents/{id}": {"get": {"summary": "a document with its events and their evidence spans (byte offsets into content)",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "responses": {"200": {"description": "{id, doc_id, url, title, published, lang, content, events: [{id, first_document, evidence: {start, end}, event}]}"}, "404": {"description": "no such document"}}}},
    "/api/search": {"get": {"summary": "full-text search over the documents",
      "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string"}, "description": "FTS5 query"}, {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}],
      "responses": {"200": {"description": "{hits: [{id, doc_id, title, url, published, lang, snippet, events}]}; the snippet marks matches with \\u0002 and \\u0003"}, "400": {"description": "bad query"}}}},
    "/api/rules": {
      "get": {"summary": "saved watch rules", "responses": {"200": {"description": "{rules: [{id, name, spec, created_at}]}"}}},
      "post": {"summary": "save a watch rule (needs --allow-writes)",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name", "kind"],
          "properties": {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["events", "goldstein"]},
            "roots": {"type": "array", "items": {"type": "string"}}, "located_in": {"type": "array", "items": {"type": "string"}},
            "countries": {"type": "array", "items": {"type": "string"}}, "actor_names": {"type": "array", "items": {"type": "string"}},
            "dyad": {"type": "string"}, "period": {"type": "string", "enum": ["day", "week", "month"]}, "below": {"type": "number"}},
          "example": {"name": "Sahel violence", "kind": "events", "roots": ["18", "19", "20"], "located_in": ["MLI", "NER", "BFA"]}}}}},
        "responses": {"201": {"description": "the saved rule"}, "400": {"description": "bad rule"}, "403": {"description": "read-only server"}}}},
    "/api/rules/{id}": {"delete": {"summary": "delete a watch rule (needs --allow-writes)",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "responses": {"200": {"description": "{deleted: id}"}, "403": {"description": "read-only server"}, "404": {"description": "no such rule"}}}},
    "/api/rules/{id}/matches": {"get": {"summary": "what a rule matches in the store: events, or periods below the Goldstein threshold",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}],
      "responses": {"200": {"description": "{rule, matches: [alert]} (alerts as dyad watch prints them)"}, "404": {"description": "no such rule"}}}}
  }
})json";
  return kJson;
}

}  // namespace dyad
