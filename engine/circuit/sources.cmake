# Circuit relay (docs/NAT.md): reservations on public relays, circuits spliced by the relay, the
# secure channel end to end through them.
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/circuit_options.h
    ${CMAKE_CURRENT_LIST_DIR}/circuit_wire.h
    ${CMAKE_CURRENT_LIST_DIR}/wrapped_carrier.h
    ${CMAKE_CURRENT_LIST_DIR}/wrapped_carrier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circuit_demux.h
    ${CMAKE_CURRENT_LIST_DIR}/circuit_demux.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circuit_splice.h
    ${CMAKE_CURRENT_LIST_DIR}/circuit_splice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circuit_relay.h
    ${CMAKE_CURRENT_LIST_DIR}/circuit_relay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circuit_dialer.h
    ${CMAKE_CURRENT_LIST_DIR}/circuit_dialer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/circuit_client.h
    ${CMAKE_CURRENT_LIST_DIR}/circuit_client.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hole_puncher.h
    ${CMAKE_CURRENT_LIST_DIR}/hole_puncher.cpp)
