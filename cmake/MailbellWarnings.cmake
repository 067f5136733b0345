# Compiler flags every Mailbell target gets: warnings (errors in CI), sanitizers when asked.

add_library(mailbell_build_flags INTERFACE)
target_compile_options(mailbell_build_flags INTERFACE -Wall -Wextra -Wpedantic)
if(MAILBELL_WERROR)
    target_compile_options(mailbell_build_flags INTERFACE -Werror)
endif()
# Qt's own headers go through -isystem, so these warnings stay about our code.
target_compile_definitions(mailbell_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER)

if(MAILBELL_SANITIZERS)
    # -O1: what the ASan and libFuzzer documentation recommend; at -O0 every inline Qt accessor is
    # a call with its own shadow checks, and the sanitized tests and fuzzers ran several times slower.
    set(_mailbell_san -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${_mailbell_san})
    add_link_options(${_mailbell_san})
endif()
