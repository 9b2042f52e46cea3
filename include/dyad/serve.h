// dyad/serve.h — the HTTP API as plain functions: a request in, a JSON response out.
//
// `dyad serve` (tools/cmd_serve.cc) is a thin adapter: it turns each HTTP
// request into an ApiRequest and writes back the ApiResponse, so every handler
// is testable without sockets:
//
//   dyad::ApiHandler api(store.get(), {});
//   dyad::ApiResponse r = api.Handle({"GET", "/api/series", {{"dyad", "MAR,FRA"}, {"period", "week"}}});
//
// Endpoints (described at /api/openapi.json): health, overview, events,
// series, top, places, documents/{id}, search, rules (GET, POST, DELETE,
// {id}/matches). Bad parameters give 400 with {"error": message}; results
// are bounded (limit <= 1000, offset <= 1,000,000); writes (rules) need
// allow_writes; with a token every /api/ request but openapi.json needs it.
// Thread-safety: one ApiHandler per Store, used by one thread at a time.
#pragma once

#include <map>
#include <string>

#include "dyad/store.h"

namespace dyad {

struct ApiRequest {
  std::string method, path;
  std::multimap<std::string, std::string> params;  // query string, decoded
  std::string body;   // request body (POST)
  std::string token;  // from "Authorization: Bearer T" or "X-Dyad-Token: T"
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

struct ApiOptions {
  bool allow_writes = false;
  std::string token;        // empty: no token needed
  size_t max_limit = 1000;  // largest page of events
};

class ApiHandler {
 public:
  ApiHandler(Store* store, ApiOptions options) : store_(store), options_(std::move(options)) {}
  ApiResponse Handle(const ApiRequest& request) const;

 private:
  Store* store_;
  ApiOptions options_;
};

// The OpenAPI 3 description served at /api/openapi.json.
const std::string& OpenApiJson();

}  // namespace dyad
