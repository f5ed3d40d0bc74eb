#include "unxref/report/report.hpp"

#include <system_error>

#include "report/context.hpp"
#include "report/pages.hpp"
#include "unxref/core/error.hpp"
#include "unxref/graph/exports.hpp"

namespace unxref::report {

namespace fs = std::filesystem;

struct ReportWriter::Impl {
  Impl(fs::path f, const CitationGraph& g, std::vector<CorpusDocument> d, ReportOptions o)
      : folder(std::move(f)), ctx(g), documents(std::move(d)), options(std::move(o)) {}
  fs::path folder;
  ReportContext ctx;
  std::vector<CorpusDocument> documents;
  ReportOptions options;
  std::vector<ExtraPage> extra;
};

ReportWriter::ReportWriter(fs::path folder, const CitationGraph& graph, std::vector<CorpusDocument> documents,
                           ReportOptions options)
    : impl_(std::make_unique<Impl>(std::move(folder), graph, std::move(documents), std::move(options))) {
  std::error_code ec;
  fs::create_directories(impl_->folder / "report", ec);
  if (ec) throw FileError(impl_->folder / "report", "cannot create the report folder: " + ec.message());
}

ReportWriter::~ReportWriter() = default;

void ReportWriter::add_document(const CorpusDocument& doc, const FlatText& text, const std::vector<Mention>& mentions) {
  const std::string html = document_page(impl_->ctx, doc, text, mentions);
  write_file(page_path(page_name(doc.id, true)), [&](std::ostream& os) { os << html; });
}

fs::path ReportWriter::page_path(const std::string& file) const { return impl_->folder / "report" / file; }

void ReportWriter::add_page(const ExtraPage& page) { impl_->extra.push_back(page); }

fs::path ReportWriter::finish() {
  const GraphStorage& g = impl_->ctx.graph.storage();
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    if (g[v].in_corpus) continue;
    const std::string html = target_page(impl_->ctx, v);
    write_file(page_path(impl_->ctx.pages[v]), [&](std::ostream& os) { os << html; });
  }
  const fs::path overview = impl_->folder / "report.html";
  const std::string html = overview_page(impl_->ctx, impl_->documents, impl_->extra, impl_->options);
  write_file(overview, [&](std::ostream& os) { os << html; });
  return overview;
}

}  // namespace unxref::report
