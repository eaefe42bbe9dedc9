# The organization builders (demo and generator) and the artwork renderer of vppsimlib.
target_sources(vppsimlib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/orggenerator.h ${CMAKE_CURRENT_LIST_DIR}/orggenerator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demoorganization.h ${CMAKE_CURRENT_LIST_DIR}/demoorganization.cpp
    ${CMAKE_CURRENT_LIST_DIR}/artworkrenderer.h ${CMAKE_CURRENT_LIST_DIR}/artworkrenderer.cpp)
