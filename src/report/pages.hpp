#pragma once
// The pages of a report, each built as one string. Private to the stage.
#include <string>
#include <vector>

#include "report/context.hpp"
#include "unxref/detect/mention.hpp"
#include "unxref/extract/document.hpp"
#include "unxref/graph/builder.hpp"
#include "unxref/report/report.hpp"

namespace unxref::report {

// report/doc-*.html: metadata, what it cites (ranked, with pages, pinpoints
// and snippets), who cites it, what it rests on, and its text with every
// citation highlighted and linked to the target's page.
std::string document_page(const ReportContext& ctx, const CorpusDocument& doc, const FlatText& text,
                          const std::vector<Mention>& mentions);

// report/target-*.html: what the target is, who cites it and when, which pinpoints.
std::string target_page(const ReportContext& ctx, Vertex target);

// The document's text, escaped, each mention an <a class="cite"> to its
// target's page (`href_prefix` + page), with id "m<index>"; pages split by
// the form feeds of FlatText. Overlapping mentions: the first one wins.
std::string highlighted_text(const ReportContext& ctx, const FlatText& text, const std::vector<Mention>& mentions);

// report.html.
std::string overview_page(const ReportContext& ctx, const std::vector<CorpusDocument>& documents,
                          const std::vector<ExtraPage>& extra, const ReportOptions& options);

}  // namespace unxref::report
