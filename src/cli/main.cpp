#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "unxref/core/error.hpp"

int main(int argc, char** argv) {
  CLI::App app{
      "unxref: cross-references and citations in UN policy documents.\n"
      "Exit codes: 0 success, 1 some input files failed, 2 usage error."};
  app.set_version_flag("--version", std::string("unxref ") + UNXREF_VERSION);
  app.require_subcommand(1);
  unxref::cli::Context ctx;
  unxref::cli::add_extract_command(app, ctx);
  unxref::cli::add_detect_command(app, ctx);
  unxref::cli::add_scan_command(app, ctx);
  unxref::cli::add_uptake_command(app, ctx);
  unxref::cli::add_export_command(app, ctx);
  unxref::cli::add_report_command(app, ctx);
  unxref::cli::add_relation_command(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return unxref::kExitUsage;
  }
  return ctx.exit_code;
}
