#include "pipeline/detection.hpp"

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

namespace unxref::pipeline {

void detect_documents(Store& store, const DetectorOptions& options, const std::vector<DetectionJob>& jobs,
                      unsigned threads, const std::function<void(std::size_t, const std::string*)>& done) {
  if (jobs.empty()) return;
  threads = std::max(1u, threads);
  const Detector detector(options);
  struct Task {
    std::size_t job;
    FlatText text;
    std::vector<Mention> found;
    std::string error;
  };
  const std::size_t batch = 8 * std::size_t{threads};
  std::vector<Task> tasks;
  auto run_batch = [&] {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t t; (t = next++) < tasks.size();) {
        Task& task = tasks[t];
        try {
          task.found = detector.detect(task.text, jobs[task.job].doc_id, jobs[task.job].date);
        } catch (const std::exception& ex) {
          task.error = ex.what();
        }
        task.text = {};
      }
    };
    std::vector<std::thread> pool;
    for (std::size_t i = 1; i < std::min<std::size_t>(threads, tasks.size()); ++i) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    for (Task& task : tasks) {
      const DetectionJob& job = jobs[task.job];
      store.store_mentions(job.id, task.error.empty() ? job.key : std::string(), task.found);
      done(task.job, task.error.empty() ? nullptr : &task.error);
    }
    tasks.clear();
  };
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    tasks.push_back({j, flatten(store.load_document(jobs[j].id)), {}, {}});
    if (tasks.size() == batch) run_batch();
  }
  if (!tasks.empty()) run_batch();
}

}  // namespace unxref::pipeline
