// libFuzzer entry for the detect stage: any bytes, as plain text and split
// into two segments, must give mentions with sane spans and never crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "unxref/detect/detect.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const unxref::Detector detector;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  unxref::FlatText flat;
  flat.text = std::string(text);
  const std::size_t mid = size / 2;
  flat.segments.push_back({0, mid, 1, unxref::Role::body, 0});
  flat.segments.push_back({mid, size, 2, unxref::Role::footnote, 1});
  for (const auto& m : detector.detect(flat, "fuzz", text.substr(0, 16))) {
    if (m.start > m.end || m.end > size) std::abort();
    if (!m.unresolved && m.target.empty()) std::abort();
  }
  return 0;
}
