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
    set(_mailbell_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${_mailbell_san})
    add_link_options(${_mailbell_san})
endif()
