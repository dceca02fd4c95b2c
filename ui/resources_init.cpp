#include "resources_init.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSwarmscopeResources()
{
    Q_INIT_RESOURCE(swarmscope);
}

namespace swarmscope::ui {

void initResources()
{
    initSwarmscopeResources();
}

}  // namespace swarmscope::ui
