// HTTP API benchmark: latency of dyad time series (GET /api/series) and event
// pages (GET /api/events) from a running `dyad serve`, over loopback with one
// keep-alive connection. bench/serve.sh generates the store and starts the server.
//
//   build/bench/dyad_bench_serve --url http://127.0.0.1:PORT [--requests 300]
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

// The 20 most frequent countries of bench_store's synthetic events.
const char* kCountries[] = {"USA", "RUS", "CHN", "FRA", "GBR", "DEU", "UKR", "ISR", "IRN", "TUR",
                            "MAR", "DZA", "ESP", "ITA", "EGY", "SAU", "IND", "PAK", "JPN", "KOR"};

struct Stats { double p50, p95, max; };

Stats Summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))]; };
  return {at(0.5), at(0.95), ms.back()};
}

}  // namespace

int main(int argc, char** argv) {
  std::string url = "http://127.0.0.1:8080";
  int requests = 300;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--url") url = argv[i + 1];
    else if (a == "--requests") requests = std::stoi(argv[i + 1]);
  }
  httplib::Client client(url);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  struct Case { const char* name; std::string (*path)(int i); };
  const Case cases[] = {
      {"series, dyad, per week", [](int i) {
         return "/api/series?period=week&dyad=" + std::string(kCountries[i % 20]) + "," + kCountries[(i * 7 + 3) % 20];
       }},
      {"series, dyad, per month", [](int i) {
         return "/api/series?period=month&dyad=" + std::string(kCountries[i % 20]) + "," + kCountries[(i * 7 + 3) % 20];
       }},
      {"series, dyad, per day, one year", [](int i) {
         return "/api/series?period=day&from=2023-01-01&to=2023-12-31&dyad=" + std::string(kCountries[i % 20]) + "," +
                kCountries[(i * 7 + 3) % 20];
       }},
      {"series, one country, per week", [](int i) { return "/api/series?period=week&country=" + std::string(kCountries[i % 20]); }},
      {"events, dyad, page of 100", [](int i) {
         return "/api/events?limit=100&dyad=" + std::string(kCountries[i % 20]) + "," + kCountries[(i * 7 + 3) % 20];
       }},
  };
  for (const auto& c : cases) {
    std::vector<double> ms;
    size_t bytes = 0;
    for (int i = 0; i < requests; ++i) {
      std::string path = c.path(i);
      if (path.find("dyad=") != std::string::npos && kCountries[i % 20] == kCountries[(i * 7 + 3) % 20]) continue;
      auto t0 = std::chrono::steady_clock::now();
      auto res = client.Get(path.c_str());
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      if (!res || res->status != 200) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), res ? res->body.c_str() : httplib::to_string(res.error()).c_str());
        return 1;
      }
      bytes += res->body.size();
    }
    Stats s = Summarise(ms);
    std::printf("%-34s %4zu requests: p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%.0f bytes per answer)\n", c.name,
                ms.size(), s.p50, s.p95, s.max, static_cast<double>(bytes) / static_cast<double>(ms.size()));
  }
  return 0;
}
