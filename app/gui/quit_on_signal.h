#pragma once

#include <QObject>

class QSocketNotifier;

namespace swarmscope::gui {

// Turns SIGINT, SIGTERM and SIGHUP into a normal QCoreApplication::quit(), so that a logout or
// Ctrl+C in the terminal still saves the window layout and says goodbye to peers. The handler
// only writes a byte to a pipe; the event loop does the rest.
class QuitOnSignal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace swarmscope::gui
