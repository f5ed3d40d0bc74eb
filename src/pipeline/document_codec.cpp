#include "pipeline/document_codec.hpp"

#include <cstdint>
#include <cstring>

namespace unxref::pipeline {
namespace {

class Writer {
 public:
  void u64(std::uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
  void f64(double v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return in_.empty(); }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    if (in_.size() < sizeof v) return fail();
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
  double f64() {
    double v = 0;
    if (in_.size() < sizeof v) return static_cast<double>(fail());
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  std::string str() {
    const std::uint64_t n = u64();
    if (!ok_ || n > in_.size()) return fail(), std::string();
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  std::uint64_t count(std::size_t min_item_bytes) {
    const std::uint64_t n = u64();
    if (n > in_.size() / min_item_bytes) return fail();  // a garbled count never allocates
    return n;
  }

 private:
  std::uint64_t fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

std::string encode(const Document& doc) {
  Writer w;
  const DocumentMeta& m = doc.meta;
  for (const std::string* s : {&m.path, &m.format, &m.title, &m.symbol, &m.date, &m.language, &m.producer}) w.str(*s);
  w.u64(m.sponsors.size());
  for (const std::string& s : m.sponsors) w.str(s);
  w.i64(m.page_count);
  w.u64(doc.blocks.size());
  for (const Block& b : doc.blocks) {
    w.i64(b.page);
    w.i64(static_cast<int>(b.role));
    for (double d : {b.box.x0, b.box.y0, b.box.x1, b.box.y1}) w.f64(d);
    w.str(b.text);
    w.i64(b.level);
    w.str(b.source.to_bytes());
  }
  w.u64(doc.warnings.size());
  for (const std::string& s : doc.warnings) w.str(s);
  return w.take();
}

std::optional<Document> decode(std::string_view bytes) {
  Reader r(bytes);
  Document doc;
  DocumentMeta& m = doc.meta;
  for (std::string* s : {&m.path, &m.format, &m.title, &m.symbol, &m.date, &m.language, &m.producer}) *s = r.str();
  for (std::uint64_t n = r.count(8); n > 0 && r.ok(); --n) m.sponsors.push_back(r.str());
  m.page_count = static_cast<int>(r.i64());
  for (std::uint64_t n = r.count(72); n > 0 && r.ok(); --n) {
    Block b;
    b.page = static_cast<int>(r.i64());
    const std::int64_t role = r.i64();
    if (role < 0 || role > static_cast<int>(Role::header_footer)) return std::nullopt;
    b.role = static_cast<Role>(role);
    b.box = {r.f64(), r.f64(), r.f64(), r.f64()};
    b.text = r.str();
    b.level = static_cast<int>(r.i64());
    b.source = OffsetMap::from_bytes(r.str());
    doc.blocks.push_back(std::move(b));
  }
  for (std::uint64_t n = r.count(8); n > 0 && r.ok(); --n) doc.warnings.push_back(r.str());
  if (!r.ok() || !r.done()) return std::nullopt;
  return doc;
}

}  // namespace unxref::pipeline
