#include "pipeline/extraction.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

#include "pipeline/document_codec.hpp"

namespace unxref::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressLimitWorks = false;  // ASan reserves terabytes of address space
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressLimitWorks = false;
#else
constexpr bool kAddressLimitWorks = true;
#endif
#else
constexpr bool kAddressLimitWorks = true;
#endif

bool write_all(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

bool read_all(int fd, void* data, std::size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    const ssize_t r = ::read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

// The test hook (kFaultHook): a worker that crashes or never answers.
void maybe_fault(const std::string& path) {
  const char* hook = std::getenv(kFaultHook);
  if (!hook) return;
  const std::string_view h(hook);
  const std::size_t colon = h.find(':');
  if (colon == std::string_view::npos || path.find(h.substr(colon + 1)) == std::string::npos) return;
  if (h.substr(0, colon) == "segv") ::raise(SIGSEGV);
  if (h.substr(0, colon) == "hang")
    for (;;) ::pause();
}

// Messages, both ways: [u64 job][u64 length][bytes]; an answer's bytes
// start with 'D' (an encoded Document) or 'E' (an error message).
[[noreturn]] void worker_main(int in, int out, const ExtractOptions& options, const WorkerLimits& limits) {
  if (kAddressLimitWorks && limits.memory_mib > 0) {
    const rlim_t bytes = static_cast<rlim_t>(limits.memory_mib) << 20;
    const rlimit r{bytes, bytes};
    setrlimit(RLIMIT_AS, &r);
  }
  for (;;) {
    std::uint64_t head[2];
    if (!read_all(in, head, sizeof head)) _exit(0);
    std::string path(head[1], '\0');
    if (!read_all(in, path.data(), path.size())) _exit(0);
    maybe_fault(path);
    std::string answer;
    try {
      answer = "D" + encode(extract_file(path, options));
    } catch (const std::bad_alloc&) {
      answer = "E" + path + ": ran out of memory (limit " + std::to_string(limits.memory_mib) + " MiB per file)";
    } catch (const std::exception& e) {
      answer = std::string("E") + e.what();
    }
    const std::uint64_t reply[2] = {head[0], answer.size()};
    if (!write_all(out, reply, sizeof reply) || !write_all(out, answer.data(), answer.size())) _exit(0);
  }
}

struct Worker {
  pid_t pid = -1;
  int to = -1, from = -1;  // the parent's ends
  std::int64_t job = -1;
  Clock::time_point deadline;
  std::string buffer;
};

class Pool {
 public:
  Pool(const ExtractOptions& options, const WorkerLimits& limits, std::size_t size)
      : options_(options), limits_(limits), workers_(size) {}

  ~Pool() {
    for (Worker& w : workers_) stop(w, false);
  }

  std::vector<Worker>& workers() { return workers_; }

  bool spawn(Worker& w) {
    int req[2], resp[2];
    if (::pipe(req) != 0) return false;
    if (::pipe(resp) != 0) {
      ::close(req[0]);
      ::close(req[1]);
      return false;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
      for (int fd : {req[0], req[1], resp[0], resp[1]}) ::close(fd);
      return false;
    }
    if (pid == 0) {
      // The other workers' pipes must close here, or their deaths would go unseen.
      for (const Worker& o : workers_) {
        if (o.to >= 0) ::close(o.to);
        if (o.from >= 0) ::close(o.from);
      }
      ::close(req[1]);
      ::close(resp[0]);
      worker_main(req[0], resp[1], options_, limits_);
    }
    ::close(req[0]);
    ::close(resp[1]);
    w.pid = pid;
    w.to = req[1];
    w.from = resp[0];
    w.job = -1;
    w.buffer.clear();
    return true;
  }

  // Why a worker that stopped answering is gone, killing it first if `kill_it`.
  std::string stop(Worker& w, bool kill_it) {
    std::string why;
    if (w.pid > 0) {
      if (kill_it) ::kill(w.pid, SIGKILL);
      if (w.to >= 0) ::close(w.to);
      w.to = -1;
      int status = 0;
      while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
      }
      if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        why = sig == SIGKILL && !kill_it ? "extraction worker was killed (signal 9), most likely out of memory"
                                         : "extraction worker crashed (signal " + std::to_string(sig) + ", " +
                                               strsignal(sig) + ")";
      } else {
        why = "extraction worker exited with status " + std::to_string(WEXITSTATUS(status)) + " without an answer";
      }
    }
    if (w.from >= 0) ::close(w.from);
    w = Worker{};
    return why;
  }

  bool send(Worker& w, std::size_t job, const std::string& path) {
    const std::uint64_t head[2] = {job, path.size()};
    if (!write_all(w.to, head, sizeof head) || !write_all(w.to, path.data(), path.size())) return false;
    w.job = static_cast<std::int64_t>(job);
    w.deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(limits_.seconds_per_file));
    return true;
  }

 private:
  const ExtractOptions& options_;
  const WorkerLimits& limits_;
  std::vector<Worker> workers_;
};

// A complete answer at the front of the buffer, if there is one.
bool take_answer(std::string& buffer, std::uint64_t& job, std::string& payload) {
  if (buffer.size() < 16) return false;
  std::uint64_t head[2];
  std::memcpy(head, buffer.data(), sizeof head);
  if (buffer.size() < 16 + head[1]) return false;
  job = head[0];
  payload = buffer.substr(16, head[1]);
  buffer.erase(0, 16 + head[1]);
  return true;
}

// SIGPIPE would end the scan when a worker dies with a request in flight;
// the failed write says it instead.
class IgnoreSigpipe {
 public:
  IgnoreSigpipe() { ::sigaction(SIGPIPE, nullptr, &old_), ::signal(SIGPIPE, SIG_IGN); }
  ~IgnoreSigpipe() { ::sigaction(SIGPIPE, &old_, nullptr); }

 private:
  struct sigaction old_ {};
};

}  // namespace

void extract_all(std::size_t count, const std::function<std::filesystem::path(std::size_t)>& file_of,
                 const ExtractOptions& options, const WorkerLimits& limits,
                 const std::function<void(std::size_t, Extracted&&)>& done) {
  if (count == 0) return;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t size = std::min<std::size_t>(count, limits.jobs ? limits.jobs : cores);
  IgnoreSigpipe ignore;
  Pool pool(options, limits, size);
  std::size_t next = 0, finished = 0;

  auto fail = [&](std::size_t job, std::string why) {
    Extracted e;
    e.error = std::move(why);
    ++finished;
    done(job, std::move(e));
  };
  // Gives `w` the next job, respawning it first if needed. A worker that
  // cannot even take a request is replaced once; then the file fails.
  auto feed = [&](Worker& w) {
    while (next < count) {
      const std::size_t job = next++;
      const std::string path = file_of(job).string();
      bool sent = false;
      for (int attempt = 0; attempt < 2 && !sent; ++attempt) {
        if (w.pid < 0 && !pool.spawn(w)) break;
        sent = pool.send(w, job, path);
        if (!sent) pool.stop(w, true);
      }
      if (sent) return;
      fail(job, "cannot start an extraction worker: " + std::string(std::strerror(errno)));
    }
  };
  for (Worker& w : pool.workers()) feed(w);

  std::vector<pollfd> fds;
  std::vector<Worker*> polled;
  char chunk[1 << 16];
  while (finished < count) {
    fds.clear();
    polled.clear();
    Clock::time_point first_deadline = Clock::time_point::max();
    for (Worker& w : pool.workers()) {
      if (w.job < 0) continue;
      fds.push_back({w.from, POLLIN, 0});
      polled.push_back(&w);
      first_deadline = std::min(first_deadline, w.deadline);
    }
    if (fds.empty()) break;  // nothing in flight: every remaining job failed to start
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(first_deadline - Clock::now()).count();
    const int rc = ::poll(fds.data(), fds.size(), static_cast<int>(std::clamp<long long>(wait + 1, 0, 60'000)));
    if (rc < 0 && errno != EINTR) break;
    for (std::size_t i = 0; i < fds.size(); ++i) {
      Worker& w = *polled[i];
      if (fds[i].revents == 0) {
        if (Clock::now() >= w.deadline) {
          const auto job = static_cast<std::size_t>(w.job);
          pool.stop(w, true);
          fail(job, "extraction took longer than " + std::to_string(static_cast<long>(limits.seconds_per_file)) +
                        " s (the time limit per file); stopped");
          feed(w);
        }
        continue;
      }
      const ssize_t n = ::read(w.from, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        const auto job = static_cast<std::size_t>(w.job);
        fail(job, pool.stop(w, false));
        feed(w);
        continue;
      }
      w.buffer.append(chunk, static_cast<std::size_t>(n));
      std::uint64_t job = 0;
      std::string payload;
      if (!take_answer(w.buffer, job, payload)) continue;
      Extracted e;
      if (!payload.empty() && payload[0] == 'D') {
        if (auto doc = decode(std::string_view(payload).substr(1))) e.document = std::move(*doc);
        else e.error = "extraction worker sent a garbled answer";
      } else {
        e.error = payload.empty() ? "extraction worker sent an empty answer" : payload.substr(1);
      }
      w.job = -1;
      ++finished;
      done(static_cast<std::size_t>(job), std::move(e));
      feed(w);
    }
  }
}

}  // namespace unxref::pipeline
