#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace swarmscope::ui {

// The find bar above the chat: a search box (debounced), "n of m" and buttons for the previous
// and next match. Enter goes to the next match, Shift+Enter to the previous one, Escape closes.
class ChatSearchBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSearchBar)

public:
    static constexpr int kDebounceMs = 150;

    explicit ChatSearchBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void focusEdit();
    // Shows "current of total" (current 0-based, -1 when none); notLoaded counts matches older
    // than what the chat holds.
    void setResult(int current, int total, int notLoaded = 0);
    QString resultText() const;

signals:
    void searchChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_edit;
    QLabel *m_result;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QTimer *m_debounce;
    int m_current = -1;
    int m_total = 0;
    int m_notLoaded = 0;
};

}  // namespace swarmscope::ui
