#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace swarmscope::ui {

// The engine reports error codes with untranslated detail; this is where they become sentences.
class ErrorText final {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString message(ErrorCode code);
    // The translated message, followed by the engine's detail when there is one.
    static QString describe(const Error &error);
};

}  // namespace swarmscope::ui
