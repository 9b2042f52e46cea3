// Progress for long runs: a bar on a terminal, a line every 10 s otherwise.
// When the inputs' size is known (files, not standard input) it shows how
// much of them is read and the time left at the rate so far.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace dyad::cli {

struct ProgressState {
  size_t docs = 0, events = 0, bytes = 0;  // documents coded, their events and text bytes
  uint64_t input_read = 0, input_total = 0;  // bytes of the input files; total 0: unknown
  double seconds = 0;                        // since the start
};

// "1h02m", "3m05s", "42s".
inline std::string FormatDuration(double seconds) {
  long s = seconds < 0 ? 0 : static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, s / 60 % 60);
  else if (s >= 60) std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%lds", s);
  return buf;
}

// One progress report; `bar_width` 0 for the log-line form.
inline std::string FormatProgress(const ProgressState& p, int bar_width) {
  char buf[256];
  double docs_per_s = p.seconds > 0 ? p.docs / p.seconds : 0;
  double mb_per_s = p.seconds > 0 ? p.bytes / 1e6 / p.seconds : 0;
  std::string out;
  bool known = p.input_total > 0;
  double done = known ? std::min(1.0, double(p.input_read) / double(p.input_total)) : 0;
  if (known && bar_width > 0) {
    int filled = static_cast<int>(done * bar_width + 0.5);
    out.append("[").append(filled, '#').append(bar_width - filled, '.').append("] ");
  }
  if (known) {
    std::snprintf(buf, sizeof buf, "%3.0f%% ", 100 * done);
    out += buf;
  }
  std::snprintf(buf, sizeof buf, "%zu docs, %zu events, %.0f docs/s, %.1f MB/s, %s", p.docs, p.events, docs_per_s,
                mb_per_s, FormatDuration(p.seconds).c_str());
  out += buf;
  if (known && done > 0 && done < 1) out += ", ETA " + FormatDuration(p.seconds * (1 - done) / done);
  return out;
}

class Progress {
 public:
  explicit Progress(bool enabled, uint64_t input_total = 0)
      : enabled_(enabled), tty_(isatty(STDERR_FILENO)), input_total_(input_total), start_(Clock::now()), last_(start_) {}
  void Update(size_t docs, size_t events, size_t bytes, uint64_t input_read, bool final = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    double since = std::chrono::duration<double>(now - last_).count();
    if (!final && since < (tty_ ? 0.2 : 10.0)) return;
    last_ = now;
    ProgressState p{docs, events, bytes, input_read, input_total_, std::chrono::duration<double>(now - start_).count()};
    if (tty_)
      std::fprintf(stderr, "\r%s   ", FormatProgress(p, 24).c_str());
    else
      std::fprintf(stderr, "progress: %s\n", FormatProgress(p, 0).c_str());
    if (final && tty_) std::fprintf(stderr, "\n");
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_, tty_;
  uint64_t input_total_;
  Clock::time_point start_, last_;
};

}  // namespace dyad::cli
