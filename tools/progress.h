// Progress for long runs: a bar on a terminal, a line every 10 s otherwise.
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace dyad::cli {

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), tty_(isatty(STDERR_FILENO)), start_(Clock::now()), last_(start_) {}
  void Update(size_t docs, size_t events, size_t bytes, bool final = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    double since = std::chrono::duration<double>(now - last_).count();
    if (!final && since < (tty_ ? 0.2 : 10.0)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mbs = secs > 0 ? double(bytes) / 1e6 / secs : 0;
    if (tty_)
      std::fprintf(stderr, "\r%c %zu docs  %zu events  %.1f MB/s  %.1f s   ", "|/-\\"[spin_++ % 4], docs, events, mbs, secs);
    else
      std::fprintf(stderr, "progress: %zu docs, %zu events, %.1f MB/s, %.1f s\n", docs, events, mbs, secs);
    if (final && tty_) std::fprintf(stderr, "\n");
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_, tty_;
  Clock::time_point start_, last_;
  unsigned spin_ = 0;
};

}  // namespace dyad::cli
