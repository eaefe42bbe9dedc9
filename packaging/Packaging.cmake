# Desktop integration on freedesktop systems: the launcher entry and the scalable app icon.
if(VPPDESK_BUILD_GUI AND UNIX AND NOT APPLE)
    include(GNUInstallDirs)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/vppdesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/vppdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# CPack: TGZ and DEB here; WiX and DragNDrop on their own platforms.
set(CPACK_PACKAGE_NAME "vppdesk")
set(CPACK_PACKAGE_VENDOR "VPP Desk")
set(CPACK_PACKAGE_CONTACT "VPP Desk <team@vppdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "TGZ;DEB")
# QtKeychain loads libsecret at run time and the SQL driver is a plugin: shlibdeps sees neither.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
include(CPack)
