# Build time: shared precompiled Qt headers for Mailbell's own targets.
#
# Much of a cold build is every translation unit parsing the same Qt headers again: with the PCH
# a test TU takes 35-60% less CPU time (gcc, -g), a library TU 10-40%. Two precompiled headers are built once and reused by
# every target whose flags match: one of QtCore + QtNetwork, one that adds QtGui + QtWidgets.
# QtTest is left out on purpose: its headers test QT_TESTCASE_SOURCEDIR/BUILDDIR, which differ
# per test directory, and a PCH is only valid where those macros are defined as when it was built.
# gcc rejects a mismatched PCH with -Winvalid-pch (an error with -Werror), clang with an error.
#
# Call mailbell_speed_up_build() once, after every add_subdirectory(). The Debian package build
# turns it off (packaging/debian/rules says why).

option(MAILBELL_PRECOMPILED_HEADERS "Share precompiled Qt headers between Mailbell's targets" ON)

if(MAILBELL_PRECOMPILED_HEADERS)
    # ccache hits with precompiled headers only with this sloppiness (ccache manual, "Precompiled
    # headers"); set through the launcher so nobody's ccache.conf needs to change.
    if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "(^|/)ccache$")
        set(CMAKE_CXX_COMPILER_LAUNCHER env
            CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
            ${CMAKE_CXX_COMPILER_LAUNCHER})
    endif()
    # clang stores the headers' mtimes in the PCH, so a fresh checkout would miss in ccache.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        target_compile_options(mailbell_build_flags INTERFACE
            "$<$<COMPILE_LANGUAGE:CXX>:SHELL:-Xclang -fno-pch-timestamp>")
    endif()
endif()

# _mailbell_linked_targets(<target> <out-var>): every target <target> links, transitively.
function(_mailbell_linked_targets target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(NOT TARGET ${current})
            continue()
        endif()
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            set(current ${aliased})
        endif()
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        set(links "")
        if(current STREQUAL target)
            get_target_property(links ${current} LINK_LIBRARIES)
        endif()
        get_target_property(interface_links ${current} INTERFACE_LINK_LIBRARIES)
        foreach(link IN LISTS links interface_links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(link AND TARGET ${link})
                list(APPEND queue ${link})
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(_mailbell_targets_in dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        _mailbell_targets_in(${subdir} sub_targets)
        list(APPEND targets ${sub_targets})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# _mailbell_add_pch_owner(<name> <Qt modules...>): a target with nothing but the PCH of those
# modules' headers, built with the flags every Mailbell target has (mailbell_build_flags).
function(_mailbell_add_pch_owner name)
    set(anchor ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    file(CONFIGURE OUTPUT ${anchor} CONTENT "// The precompiled header is this target's product.\n")
    add_library(${name} OBJECT ${anchor})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    set(headers <algorithm> <chrono> <functional> <memory> <optional> <utility> <vector>)
    foreach(module IN LISTS ARGN)
        target_link_libraries(${name} PRIVATE Qt6::${module})
        list(APPEND headers <Qt${module}/Qt${module}>)
    endforeach()
    target_link_libraries(${name} PRIVATE mailbell_build_flags)
    target_precompile_headers(${name} PRIVATE ${headers})
endfunction()

function(mailbell_speed_up_build)
    if(NOT MAILBELL_PRECOMPILED_HEADERS)
        return()
    endif()
    _mailbell_targets_in(${PROJECT_SOURCE_DIR} targets)
    _mailbell_add_pch_owner(mailbell_pch_core Core Network)
    _mailbell_add_pch_owner(mailbell_pch_widgets Core Network Gui Widgets)
    # Those of the project (add_compile_options: the sanitizers), which every target has.
    get_property(shared_options TARGET mailbell_pch_core PROPERTY COMPILE_OPTIONS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|OBJECT_LIBRARY)$")
            continue()
        endif()
        _mailbell_linked_targets(${target} linked)
        # Only our own targets: the generated Qt resource objects have flags of their own.
        if(NOT mailbell_build_flags IN_LIST linked)
            continue()
        endif()
        # Targets with compile options of their own (the fuzzers' -fsanitize=fuzzer) would not
        # match the shared PCH.
        get_property(options TARGET ${target} PROPERTY COMPILE_OPTIONS)
        if(NOT "${options}" STREQUAL "${shared_options}")
            continue()
        endif()
        # The PCH's Qt module macros (QT_WIDGETS_LIB, ...) must all be defined for the target too.
        if(Qt6::Widgets IN_LIST linked AND Qt6::Network IN_LIST linked)
            target_precompile_headers(${target} REUSE_FROM mailbell_pch_widgets)
        elseif(Qt6::Network IN_LIST linked)
            target_precompile_headers(${target} REUSE_FROM mailbell_pch_core)
        else()
            continue()
        endif()
        # A test with no header of its own includes its moc output itself ("tst_x.moc"), so its
        # AUTOMOC mocs_compilation.cpp is empty: with the PCH it would cost ~1 CPU-second and a
        # 1 MB object of the PCH's debug info, without it nothing.
        get_target_property(sources ${target} SOURCES)
        get_target_property(automoc ${target} AUTOMOC)
        if(type STREQUAL "EXECUTABLE" AND automoc AND NOT sources MATCHES "\\.h(;|$)")
            get_target_property(binary_dir ${target} BINARY_DIR)
            set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
                TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        endif()
    endforeach()
endfunction()
