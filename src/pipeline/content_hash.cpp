#include "pipeline/content_hash.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>

#include "unxref/core/error.hpp"

namespace unxref::pipeline {
namespace {

struct Digest {
  Digest() : ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free) {
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) throw std::runtime_error("SHA-256 unavailable");
  }
  void add(const void* data, std::size_t n) { EVP_DigestUpdate(ctx.get(), data, n); }
  std::string hex() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx.get(), md.data(), &len);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < len; ++i) {
      out += kHex[md[i] >> 4];
      out += kHex[md[i] & 15];
    }
    return out;
  }
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx;
};

}  // namespace

std::string hash_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file, "cannot open for reading");
  Digest d;
  std::array<char, 1 << 16> buf;
  while (in) {
    in.read(buf.data(), buf.size());
    if (in.gcount() > 0) d.add(buf.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw FileError(file, "read error");
  return d.hex();
}

std::string hash_text(std::string_view text) {
  Digest d;
  d.add(text.data(), text.size());
  return d.hex();
}

}  // namespace unxref::pipeline
