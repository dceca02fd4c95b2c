target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/room_torrent.h
    ${CMAKE_CURRENT_LIST_DIR}/room_torrent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bt_protocol.h
    ${CMAKE_CURRENT_LIST_DIR}/bt_protocol.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bt_wire.h
    ${CMAKE_CURRENT_LIST_DIR}/bt_wire.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bt_describe.h
    ${CMAKE_CURRENT_LIST_DIR}/bt_describe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lsd_announce.h
    ${CMAKE_CURRENT_LIST_DIR}/lsd_announce.cpp
    ${CMAKE_CURRENT_LIST_DIR}/local_service_discovery.h
    ${CMAKE_CURRENT_LIST_DIR}/lsd_config.h
    ${CMAKE_CURRENT_LIST_DIR}/local_service_discovery.cpp)
