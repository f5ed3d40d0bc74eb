#pragma once
// Errors are values with context: the file and, where known, the place.
#include <filesystem>
#include <stdexcept>
#include <string>

namespace unxref {

// Thrown for a file that cannot be read at all. `what()` is the full
// user-facing message: "<file>: <cause>".
class FileError : public std::runtime_error {
 public:
  FileError(std::filesystem::path file, const std::string& cause)
      : std::runtime_error(file.string() + ": " + cause), file_(std::move(file)), cause_(cause) {}
  const std::filesystem::path& file() const noexcept { return file_; }
  const std::string& cause() const noexcept { return cause_; }

 private:
  std::filesystem::path file_;
  std::string cause_;
};

// Process exit codes: a public contract documented in --help and README.
enum ExitCode : int { kExitOk = 0, kExitSomeFailed = 1, kExitUsage = 2 };

}  // namespace unxref
