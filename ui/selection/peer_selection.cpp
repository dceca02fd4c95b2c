#include "selection/peer_selection.h"

namespace swarmscope::ui {

void PeerSelection::select(const QString &address)
{
    // Docks echo a pick back as they follow it; the same peer again ends the round.
    if (address == m_current)
        return;
    m_current = address;
    emit changed(m_current);
}

}  // namespace swarmscope::ui
