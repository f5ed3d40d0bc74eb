# unxref_embed_files(<target> [NAMESPACE ns] files...)
# Generates a static library exposing every file as bytes, looked up by file
# name through <ns>::embedded_data() (ns defaults to unxref). The generation
# runs at build time, so editing a data file rebuilds only this library.
# Each library needs its own namespace, and file names must differ between
# libraries (the byte arrays are named after them).
function(unxref_embed_files target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "NAMESPACE" "")
  if(NOT arg_NAMESPACE)
    set(arg_NAMESPACE unxref)
  endif()
  set(gen_dir ${CMAKE_BINARY_DIR}/generated/${target})
  set(outputs)
  set(names)
  foreach(f IN LISTS arg_UNPARSED_ARGUMENTS)
    get_filename_component(fname ${f} NAME)
    string(MAKE_C_IDENTIFIER ${fname} ident)
    set(out ${gen_dir}/${ident}.cpp)
    add_custom_command(OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -DIN=${f} -DOUT=${out} -DIDENT=${ident}
              -P ${CMAKE_SOURCE_DIR}/cmake/embed_one.cmake
      DEPENDS ${f} ${CMAKE_SOURCE_DIR}/cmake/embed_one.cmake
      COMMENT "Embedding data/${fname}" VERBATIM)
    list(APPEND outputs ${out})
    list(APPEND names ${fname})
  endforeach()
  set(index ${gen_dir}/index.cpp)
  set(body "#include <string_view>\n#include <utility>\nnamespace unxref::embedded {\n")
  foreach(n IN LISTS names)
    string(MAKE_C_IDENTIFIER ${n} ident)
    string(APPEND body "extern const unsigned char ${ident}[]; extern const std::size_t ${ident}_size;\n")
  endforeach()
  string(APPEND body "}\nnamespace ${arg_NAMESPACE} {\nstd::string_view embedded_data(std::string_view name) {\n")
  foreach(n IN LISTS names)
    string(MAKE_C_IDENTIFIER ${n} ident)
    string(APPEND body "  if (name == \"${n}\") return {reinterpret_cast<const char*>(embedded::${ident}), embedded::${ident}_size};\n")
  endforeach()
  string(APPEND body "  return {};\n}\n}\n")
  file(CONFIGURE OUTPUT ${index} CONTENT "${body}")
  add_library(${target} STATIC ${outputs} ${index})
endfunction()
