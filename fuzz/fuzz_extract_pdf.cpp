// libFuzzer entry for PDF extraction: any bytes, as a PDF file, must give a
// Document or a FileError, never a crash, a hang or a block outside its page
// count. PoDoFo reads files, so each input is written to one scratch file.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "unxref/extract/extract.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string file = "/dev/shm/unxref-fuzz-" + std::to_string(::getpid()) + ".pdf";
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  unxref::ExtractOptions options;
  options.max_pages = 50;  // bounds a fuzzer's thousand-page trees to what one run can afford
  try {
    const unxref::Document doc = unxref::extract_file(file, options);
    for (const unxref::Block& b : doc.blocks)
      if (b.page < 1 || (doc.meta.page_count > 0 && b.page > doc.meta.page_count)) std::abort();
  } catch (const std::exception&) {
    // A clear error is the right answer to a broken file.
  }
  return 0;
}
