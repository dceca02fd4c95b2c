# The swarm inspector: connection stats, swarm graph, lab and doctor.
target_sources(swarmscope_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/connection_stats_dock.h ${CMAKE_CURRENT_LIST_DIR}/connection_stats_dock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/doctor_dialog.h ${CMAKE_CURRENT_LIST_DIR}/doctor_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/doctor_report_model.h ${CMAKE_CURRENT_LIST_DIR}/doctor_report_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/doctor_text.h ${CMAKE_CURRENT_LIST_DIR}/doctor_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/edge_raster.h ${CMAKE_CURRENT_LIST_DIR}/edge_raster.cpp
    ${CMAKE_CURRENT_LIST_DIR}/graph_detail.h ${CMAKE_CURRENT_LIST_DIR}/graph_detail.cpp
    ${CMAKE_CURRENT_LIST_DIR}/graph_layout.h ${CMAKE_CURRENT_LIST_DIR}/graph_layout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inspector_docks.h ${CMAKE_CURRENT_LIST_DIR}/inspector_docks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lab_dock.h ${CMAKE_CURRENT_LIST_DIR}/lab_dock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_graph.h ${CMAKE_CURRENT_LIST_DIR}/peer_relay_graph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rate_plot.h ${CMAKE_CURRENT_LIST_DIR}/rate_plot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/swarm_graph_dock.h ${CMAKE_CURRENT_LIST_DIR}/swarm_graph_dock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/swarm_graph_view.h ${CMAKE_CURRENT_LIST_DIR}/swarm_graph_view.cpp)
