# Installation and CPack for every platform (packaging/README.md says how to build and sign each):
#   Linux    TGZ and DEB here: binaries, .desktop, AppStream metainfo, hicolor icons, man pages
#   Windows  WiX .msi: version resources, the icon, Start menu entries, windeployqt at install
#   macOS    DragNDrop .dmg: the VPP Desk.app bundle (Info.plist, .icns), macdeployqt at install
# The icons come from resources/icons/vppdesk.svg at build time through vppdesk-icontool (Qt Svg),
# so no platform needs ImageMagick, librsvg or iconutil.
include(GNUInstallDirs)

set(VPPDESK_APP_ID "io.vppdesk.VppDesk")

if(VPPDESK_BUILD_GUI)
    set(_vpp_svg ${PROJECT_SOURCE_DIR}/resources/icons/vppdesk.svg)
    set(_vpp_icons ${PROJECT_BINARY_DIR}/icons)
    set(_vpp_icon_sizes 16 22 24 32 48 64 128 256 512)
    set(_vpp_icon_files ${_vpp_icons}/vppdesk.ico ${_vpp_icons}/vppdesk.icns)
    foreach(size ${_vpp_icon_sizes})
        list(APPEND _vpp_icon_files ${_vpp_icons}/hicolor/${size}x${size}/apps/vppdesk.png)
    endforeach()

    add_executable(vppdesk-icontool ${CMAKE_CURRENT_LIST_DIR}/icontool/main.cpp)
    target_link_libraries(vppdesk-icontool PRIVATE Qt6::Gui Qt6::Svg vppdesk_compile_options)
    add_custom_command(OUTPUT ${_vpp_icon_files}
        COMMAND vppdesk-icontool ${_vpp_svg} ${_vpp_icons}
        DEPENDS vppdesk-icontool ${_vpp_svg}
        COMMENT "Icons from vppdesk.svg (png, ico, icns)" VERBATIM)
    add_custom_target(vppdesk_icons DEPENDS ${_vpp_icon_files})
    add_dependencies(vppdesk vppdesk_icons)

    if(WIN32)
        # Version resources (and the icon) of both executables.
        set(VPPDESK_ICO ${_vpp_icons}/vppdesk.ico)
        foreach(exe vppdesk vppdesk-cli)
            set(RC_FILE_NAME ${exe})
            if(exe STREQUAL "vppdesk")
                set(RC_DESCRIPTION "VPP Desk")
            else()
                set(RC_DESCRIPTION "VPP Desk command line")
            endif()
            configure_file(${CMAKE_CURRENT_LIST_DIR}/windows/vppdesk.rc.in ${PROJECT_BINARY_DIR}/${exe}.rc @ONLY)
            target_sources(${exe} PRIVATE ${PROJECT_BINARY_DIR}/${exe}.rc)
        endforeach()
        add_dependencies(vppdesk-cli vppdesk_icons)
    endif()

    if(APPLE)
        set_source_files_properties(${_vpp_icons}/vppdesk.icns TARGET_DIRECTORY vppdesk PROPERTIES
            GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
        target_sources(vppdesk PRIVATE ${_vpp_icons}/vppdesk.icns)
        set_target_properties(vppdesk PROPERTIES
            OUTPUT_NAME "VPP Desk"
            MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in
            MACOSX_BUNDLE_BUNDLE_NAME "VPP Desk"
            MACOSX_BUNDLE_GUI_IDENTIFIER ${VPPDESK_APP_ID}
            MACOSX_BUNDLE_ICON_FILE vppdesk.icns
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
    endif()
endif()

# Desktop integration on freedesktop systems.
if(UNIX AND NOT APPLE)
    if(VPPDESK_BUILD_GUI)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/vppdesk.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${VPPDESK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
        install(FILES ${_vpp_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
        foreach(size ${_vpp_icon_sizes})
            install(FILES ${_vpp_icons}/hicolor/${size}x${size}/apps/vppdesk.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/man/vppdesk.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/man/vppdesk-cli.1 ${CMAKE_CURRENT_LIST_DIR}/man/vppsim.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Qt's libraries and plugins next to the programs (Windows) or in the bundle (macOS), at install
# time, so that cpack packs them. windeployqt / macdeployqt sit beside qmake in Qt's bin folder.
if(VPPDESK_BUILD_GUI AND (WIN32 OR APPLE))
    get_target_property(_vpp_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(_vpp_qt_bin ${_vpp_qmake} DIRECTORY)
    if(WIN32)
        find_program(VPPDESK_WINDEPLOYQT windeployqt HINTS ${_vpp_qt_bin} REQUIRED)
        install(CODE "
            foreach(exe vppdesk.exe vppdesk-cli.exe vppsim.exe)
                execute_process(COMMAND \"${VPPDESK_WINDEPLOYQT}\" --release --no-compiler-runtime
                    --no-system-d3d-compiler --no-opengl-sw \"\${CMAKE_INSTALL_PREFIX}/bin/\${exe}\"
                    COMMAND_ERROR_IS_FATAL ANY)
            endforeach()")
        # The compiler's runtime DLLs (vcruntime, msvcp) next to the programs.
        include(InstallRequiredSystemLibraries)
    else()
        # The CLI and the simulator live in the bundle too, so that one .app carries everything.
        install(TARGETS vppdesk-cli vppsim RUNTIME DESTINATION "VPP Desk.app/Contents/MacOS")
        find_program(VPPDESK_MACDEPLOYQT macdeployqt HINTS ${_vpp_qt_bin} REQUIRED)
        install(CODE "
            execute_process(COMMAND \"${VPPDESK_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/VPP Desk.app\"
                \"-executable=\${CMAKE_INSTALL_PREFIX}/VPP Desk.app/Contents/MacOS/vppdesk-cli\"
                \"-executable=\${CMAKE_INSTALL_PREFIX}/VPP Desk.app/Contents/MacOS/vppsim\"
                COMMAND_ERROR_IS_FATAL ANY)")
    endif()
endif()

# CPack
set(CPACK_PACKAGE_NAME "vppdesk")
set(CPACK_PACKAGE_VENDOR "VPP Desk")
set(CPACK_PACKAGE_CONTACT "VPP Desk <team@vppdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "VPP Desk")
set(CPACK_PACKAGE_EXECUTABLES "vppdesk;VPP Desk") # Start menu entry (WiX)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Never change: it is how Windows knows a newer .msi replaces an installed one.
    set(CPACK_WIX_UPGRADE_GUID "5B3D6C1E-8F2A-4D17-9C0B-7E4A2F9D1C63")
    set(CPACK_WIX_PRODUCT_ICON ${PROJECT_BINARY_DIR}/icons/vppdesk.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "VPP Desk")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://vppdesk.invalid/")
    set(CPACK_WIX_LICENSE_RTF ${CMAKE_CURRENT_LIST_DIR}/windows/license.rtf)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "VPP Desk ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON ${PROJECT_BINARY_DIR}/icons/vppdesk.icns)
    # DragNDrop adds the Applications link beside the bundle: drag VPP Desk.app onto it.
else()
    set(CPACK_GENERATOR "TGZ;DEB")
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://vppdesk.invalid/")
    # shlibdeps sees the linked libraries (Qt, QtKeychain, SQLite); what is loaded at run time it
    # cannot see: libsecret (QtKeychain dlopens it), the SQLite driver and the platform and SVG
    # plugins, and a Secret Service to talk to.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libqt6keychain1, gnome-keyring | kwalletmanager | keepassxc")
    # PostgreSQL inventories (optional).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
endif()
include(CPack)
