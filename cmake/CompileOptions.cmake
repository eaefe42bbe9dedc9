# One interface target carries the settings every VPP Desk target shares.
add_library(vppdesk_compile_options INTERFACE)

target_compile_options(vppdesk_compile_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /utf-8>)

if(VPPDESK_WERROR)
    target_compile_options(vppdesk_compile_options INTERFACE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror> $<$<CXX_COMPILER_ID:MSVC>:/WX>)
    if(NOT VPPDESK_STRICT_DEPRECATIONS)
        # Built against a Qt newer than 6.4, deprecations stay warnings; CI makes them errors.
        target_compile_options(vppdesk_compile_options INTERFACE
            $<$<CXX_COMPILER_ID:GNU,Clang>:-Wno-error=deprecated-declarations>
            $<$<CXX_COMPILER_ID:MSVC>:/wd4996>)
    endif()
endif()

target_compile_definitions(vppdesk_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VPPDESK_VERSION="${PROJECT_VERSION}")

if(VPPDESK_SANITIZE)
    set(_vpp_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(vppdesk_compile_options INTERFACE ${_vpp_san})
    target_link_options(vppdesk_compile_options INTERFACE ${_vpp_san})
endif()
