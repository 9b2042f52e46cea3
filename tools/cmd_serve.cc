// `dyad serve`: the HTTP adapter. Requests under /api/ go to dyad::ApiHandler
// (src/serve/), everything else is a file of the dashboard (web/, built by
// CMake from the npm packages into web/ beside the binary).
#include <httplib.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "commands.h"
#include "dyad/serve.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

std::string DefaultWebDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? "web" : (exe.parent_path() / "web").string();
}

// Parameters from the query string only: httplib also folds a form-encoded
// body into req.params, and a rule POSTed by `curl -d` is such a body.
std::multimap<std::string, std::string> QueryParams(const httplib::Request& req) {
  httplib::Params params;
  size_t q = req.target.find('?');
  if (q != std::string::npos) httplib::detail::parse_query_text(req.target.substr(q + 1), params);
  return {params.begin(), params.end()};
}

std::string TokenOf(const httplib::Request& req) {
  std::string auth = req.get_header_value("Authorization");
  if (auth.rfind("Bearer ", 0) == 0) return auth.substr(7);
  return req.get_header_value("X-Dyad-Token");
}

}  // namespace

Runner RegisterServe(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "HTTP API and analyst dashboard over a store");
  struct Args {
    std::string db = "dyad.db", host = "127.0.0.1", web, token;
    int port = 8080;
    bool allow_writes = false;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--db", args->db, "SQLite store file or postgresql:// URI")->capture_default_str();
  cmd->add_option("--port", args->port, "TCP port (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--host", args->host, "address to listen on")->capture_default_str();
  cmd->add_option("--web", args->web, "dashboard files (default: web/ beside the binary)");
  cmd->add_option("--token", args->token, "API token that every /api/ request must carry (default: $DYAD_TOKEN)");
  cmd->add_flag("--allow-writes", args->allow_writes, "allow saving and deleting watch rules");
  return [args]() {
    if (args->token.empty())
      if (const char* t = std::getenv("DYAD_TOKEN")) args->token = t;
    // Open would create an empty SQLite store (a PostgreSQL schema is created by Open when missing).
    if (!Store::IsPostgresUri(args->db) && !std::filesystem::exists(args->db)) {
      std::cerr << "dyad serve: no store at " << args->db << " (dyad ingest creates one)\n";
      return 2;
    }
    auto store = Store::Open(args->db);
    if (!store.ok()) { std::cerr << "dyad serve: " << store.status().ToString() << "\n"; return 2; }
    if (Status s = store.value()->SetReadOnly(!args->allow_writes); !s.ok()) {
      std::cerr << "dyad serve: " << s.ToString() << "\n";
      return 2;
    }
    ApiHandler api(store.value().get(), {args->allow_writes, args->token});
    std::mutex store_mutex;  // one store connection: one request at a time in the store

    // Signals are taken by one thread (sigwait) so that the server stops cleanly.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    httplib::Server server;
    // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
    // algorithm and delayed ACKs hold the body back ~40 ms on keep-alive connections.
    server.set_tcp_nodelay(true);
    server.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                                {"Content-Security-Policy",
                                 "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"}});
    auto handle = [&](const httplib::Request& req, httplib::Response& res) {
      ApiRequest r{req.method, req.path, QueryParams(req), req.body, TokenOf(req)};
      ApiResponse out;
      {
        std::lock_guard lock(store_mutex);
        out = api.Handle(r);
      }
      if (out.status >= 500) std::cerr << "dyad serve: " << req.method << " " << req.path << ": " << out.body << "\n";
      res.status = out.status;
      res.set_header("Cache-Control", "no-store");
      res.set_content(out.body, out.content_type.c_str());
    };
    server.Get("/api/.*", handle);
    server.Post("/api/.*", handle);
    server.Delete("/api/.*", handle);
    server.Put("/api/.*", handle);
    server.Patch("/api/.*", handle);
    // httplib compresses "application/json" and "application/javascript" with
    // brotli at its slowest setting (0.5 s for the 100 KB map on this machine);
    // with a charset parameter it leaves them alone, which on loopback is faster.
    for (const char* ext : {"json", "js", "mjs"})
      server.set_file_extension_and_mimetype_mapping(
          ext, std::string(ext) == "json" ? "application/json; charset=utf-8" : "application/javascript; charset=utf-8");
    std::string web = args->web.empty() ? DefaultWebDir() : args->web;
    if (!std::filesystem::exists(std::filesystem::path(web) / "index.html"))
      std::cerr << "dyad serve: no dashboard in " << web << " (run npm ci in web/ and rebuild); serving the API only\n";
    else
      server.set_mount_point("/", web);

    int port = args->port;
    if (port == 0) port = server.bind_to_any_port(args->host);
    else if (!server.bind_to_port(args->host, port)) port = -1;
    if (port <= 0) {
      std::cerr << "dyad serve: cannot listen on " << args->host << ":" << args->port << "\n";
      return 2;
    }
    std::thread stopper([&] {
      int sig = 0;
      sigwait(&signals, &sig);
      server.stop();
    });
    std::printf("dyad serve: http://%s:%d/ (dashboard), API at /api/ (%s)\n", args->host.c_str(), port,
                args->allow_writes ? "writes allowed" : "read-only");
    std::fflush(stdout);
    bool ok = server.listen_after_bind();
    // The listener ended without a signal (a socket error): wake the stopper thread.
    if (!ok) kill(getpid(), SIGTERM);
    stopper.join();
    return ok ? 0 : 2;
  };
}

}  // namespace dyad::cli
