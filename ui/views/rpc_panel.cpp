#include "rpc_panel.h"

#include "events/event_json.h"

#include "format/error_text.h"
#include "format/units.h"
#include "models/procedure_list_model.h"
#include "models/roles.h"
#include "models/rpc_traffic_model.h"
#include "selection/peer_row_tracker.h"
#include "client/engine_client.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace swarmscope::ui {

namespace {

constexpr int kMinTimeoutMs = 100;
constexpr int kMaxTimeoutMs = 600000;

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

}  // namespace

RpcPanel::RpcPanel(EngineClient &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_procedures(new ProcedureListModel(this))
    , m_traffic(new RpcTrafficModel(RpcTrafficModel::kDefaultCapacity, this))
    , m_peerLabel(new QLabel(this))
    , m_peer(new QComboBox(this))
    , m_list(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_argsLabel(new QLabel(this))
    , m_args(new QPlainTextEdit(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_argsError(new QLabel(this))
    , m_call(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_dropped(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("rpcPanel"));
    m_procedures->setObjectName(QStringLiteral("rpcProcedureModel"));
    m_traffic->setObjectName(QStringLiteral("rpcTrafficModel"));

    m_peer->setObjectName(QStringLiteral("rpcPeerCombo"));
    m_peer->setEditable(true);
    m_peer->setInsertPolicy(QComboBox::NoInsert);
    m_peer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_peer->setMinimumContentsLength(24);
    m_peerLabel->setBuddy(m_peer);
    m_list->setObjectName(QStringLiteral("rpcListButton"));

    // Three columns side by side, so that the dock stays as low as the other bottom docks:
    // the member's procedures, the call editor, and the traffic.
    m_procedureView = makeTable(m_splitter, QStringLiteral("rpcProcedureTable"));
    m_procedureView->setModel(m_procedures);
    m_procedureView->setColumnWidth(ProcedureListModel::Name, 90);

    auto *editor = new QWidget(m_splitter);
    editor->setObjectName(QStringLiteral("rpcCallEditor"));
    m_name->setObjectName(QStringLiteral("rpcNameEdit"));
    m_name->setClearButtonEnabled(true);
    m_args->setObjectName(QStringLiteral("rpcArgsEdit"));
    m_args->setTabChangesFocus(true);
    QFont mono = m_args->font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    m_args->setFont(mono);
    m_args->setMinimumHeight(m_args->fontMetrics().height() * 2 + 8);
    m_timeout->setObjectName(QStringLiteral("rpcTimeoutSpin"));
    m_timeout->setRange(kMinTimeoutMs, kMaxTimeoutMs);
    m_timeout->setSingleStep(1000);
    m_timeout->setValue(kDefaultTimeoutMs);
    m_argsError->setObjectName(QStringLiteral("rpcArgsErrorLabel"));
    m_argsError->setWordWrap(true);
    QPalette errorPalette = m_argsError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    m_argsError->setPalette(errorPalette);
    m_call->setObjectName(QStringLiteral("rpcCallButton"));
    m_nameLabel->setBuddy(m_name);
    m_argsLabel->setBuddy(m_args);
    m_timeoutLabel->setBuddy(m_timeout);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(4);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_argsLabel, m_args);
    auto *callRow = new QHBoxLayout;
    callRow->addWidget(m_timeout, 1);
    callRow->addWidget(m_call);
    form->addRow(m_timeoutLabel, callRow);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(4, 0, 4, 0);
    editorLayout->setSpacing(2);
    editorLayout->addLayout(form, 1);
    editorLayout->addWidget(m_argsError);

    auto *lower = new QWidget(m_splitter);
    m_status->setObjectName(QStringLiteral("rpcStatusLabel"));
    m_status->setWordWrap(true);
    m_dropped->setObjectName(QStringLiteral("rpcDroppedLabel"));
    m_dropped->hide();
    m_clear->setObjectName(QStringLiteral("rpcClearButton"));
    m_trafficView = makeTable(lower, QStringLiteral("rpcTrafficTable"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_traffic);
    proxy->setSortRole(Roles::Raw);
    m_trafficView->setModel(proxy);
    m_tracker = new PeerRowTracker(m_trafficView);
    connect(m_tracker, &PeerRowTracker::peerPicked, this, &RpcPanel::peerSelected);
    m_trafficView->setColumnWidth(RpcTrafficModel::Time, 65);
    m_trafficView->setColumnWidth(RpcTrafficModel::Direction, 35);
    m_trafficView->setColumnWidth(RpcTrafficModel::Peer, 100);
    m_trafficView->setColumnWidth(RpcTrafficModel::Name, 95);
    m_trafficView->setColumnWidth(RpcTrafficModel::Args, 90);
    m_trafficView->setColumnWidth(RpcTrafficModel::Latency, 60);
    m_trafficView->setColumnWidth(RpcTrafficModel::Status, 70);
    // The result is what people read: it takes the room that is left.
    m_trafficView->horizontalHeader()->setStretchLastSection(false);
    m_trafficView->horizontalHeader()->setSectionResizeMode(RpcTrafficModel::Result, QHeaderView::Stretch);
    m_trafficView->setTextElideMode(Qt::ElideRight);
    auto *trafficBar = new QHBoxLayout;
    trafficBar->addWidget(m_status, 1);
    trafficBar->addWidget(m_dropped);
    trafficBar->addWidget(m_clear);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(4);
    lowerLayout->addLayout(trafficBar);
    lowerLayout->addWidget(m_trafficView, 1);

    m_splitter->setObjectName(QStringLiteral("rpcSplitter"));
    m_splitter->addWidget(m_procedureView);
    m_splitter->addWidget(editor);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 5);
    m_splitter->setSizes({250, 260, 660});
    m_splitter->setChildrenCollapsible(false);

    auto *peerRow = new QHBoxLayout;
    peerRow->setSpacing(4);
    peerRow->addWidget(m_peerLabel);
    peerRow->addWidget(m_peer, 1);
    peerRow->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(peerRow);
    layout->addWidget(m_splitter, 1);

    connect(m_list, &QPushButton::clicked, this, &RpcPanel::listProcedures);
    connect(m_call, &QPushButton::clicked, this, &RpcPanel::callFromEditor);
    connect(m_name, &QLineEdit::returnPressed, this, &RpcPanel::callFromEditor);
    connect(m_name, &QLineEdit::textChanged, this, &RpcPanel::validateEditor);
    connect(m_args, &QPlainTextEdit::textChanged, this, &RpcPanel::validateEditor);
    connect(m_peer, &QComboBox::currentTextChanged, this, [this] {
        if (m_procedures->peerAddress() != peer())
            m_procedures->clear();
        validateEditor();
    });
    // Only a member the user chose from the list is a pick; typing an address is not (yet) one.
    connect(m_peer, &QComboBox::activated, this, [this](int row) { emit peerSelected(m_peer->itemText(row)); });
    connect(m_procedureView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_name->setText(m_procedures->procedureAt(current.row()).name);
            });
    connect(m_clear, &QPushButton::clicked, m_traffic, &RpcTrafficModel::clear);
    connect(m_traffic, &RpcTrafficModel::droppedChanged, this, &RpcPanel::updateDropped);
    connect(m_traffic, &QAbstractItemModel::rowsInserted, this, [this] {
        // Follow the newest call unless someone scrolled up to read.
        const QScrollBar *bar = m_trafficView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_trafficView->scrollToBottom();
    });

    connect(&m_engine, &EngineClient::eventsReady, this, &RpcPanel::showEvents);
    connect(&m_engine, &EngineClient::roomsChanged, this, &RpcPanel::refreshMembers);
    refreshMembers();
    retranslate();
    validateEditor();
}

QString RpcPanel::peer() const
{
    return m_peer->currentText().trimmed();
}

void RpcPanel::setPeer(const QString &address)
{
    const int row = m_peer->findText(address);
    if (row >= 0)
        m_peer->setCurrentIndex(row);
    else
        m_peer->setEditText(address);
}

void RpcPanel::selectPeer(const QString &address)
{
    m_tracker->follow(address);
    // Becomes the member to call only if it is one; the editor keeps what was typed otherwise.
    if (!address.isEmpty() && m_peer->findText(address) >= 0 && peer() != address)
        setPeer(address);
}

void RpcPanel::refreshMembers()
{
    QStringList members;
    const QString own = m_engine.address();
    const QStringList rooms = m_engine.rooms();
    for (const QString &room : rooms) {
        const QStringList seen = m_engine.room(room).members;
        for (const QString &member : seen) {
            if (member != own && !members.contains(member))
                members.append(member);
        }
    }
    members.sort();
    QStringList held;
    for (int i = 0; i < m_peer->count(); ++i)
        held.append(m_peer->itemText(i));
    if (held == members)
        return;
    const QString current = m_peer->currentText();
    QSignalBlocker block(m_peer);
    m_peer->clear();
    m_peer->addItems(members);
    m_peer->setEditText(current.isEmpty() && !members.isEmpty() ? members.constFirst() : current);
    block.unblock();
    validateEditor();
}

bool RpcPanel::listProcedures()
{
    const QString address = peer();
    if (address.isEmpty()) {
        showStatus(tr("Pick a room member first"), true);
        return false;
    }
    const qint64 askedMs = QDateTime::currentMSecsSinceEpoch();
    m_engine.callRpc(address, Rpc::kListProcedures, QJsonValue(), m_timeout->value(), this,
                     [this, address, askedMs](const Result<quint64> &call) {
                         if (!call) {
                             showStatus(ErrorText::describe(call.error()), true);
                             return;
                         }
                         m_listingCalls.insert(*call);
                         m_traffic->append({{*call, false, address, Rpc::kListProcedures, QJsonValue(), askedMs}});
                     });
    showStatus(tr("Asking %1 for its procedures…").arg(Units::shortAddress(address)));
    return true;
}

std::optional<QJsonValue> RpcPanel::parseArguments(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Null);
    // Any JSON value is an argument, not only objects and arrays: parse it inside an array.
    QJsonParseError parseError{};
    const QByteArray wrapped = QByteArray("[") + trimmed.toUtf8() + QByteArray("\n]");
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        if (error) {
            const int offset = std::max(0, parseError.offset - 1);
            *error = parseError.error == QJsonParseError::NoError
                ? tr("Exactly one JSON value, please")
                : tr("Not JSON: %1 at character %2").arg(parseError.errorString()).arg(offset + 1);
        }
        return std::nullopt;
    }
    return doc.array().first();
}

void RpcPanel::validateEditor()
{
    QString error;
    const bool argsOk = parseArguments(m_args->toPlainText(), &error).has_value();
    m_argsError->setText(argsOk ? QString() : error);
    m_argsError->setAccessibleName(m_argsError->text());
    m_call->setEnabled(argsOk && !m_name->text().trimmed().isEmpty() && !peer().isEmpty());
    m_list->setEnabled(!peer().isEmpty());
}

bool RpcPanel::callFromEditor()
{
    const QString address = peer();
    const QString name = m_name->text().trimmed();
    QString error;
    const std::optional<QJsonValue> args = parseArguments(m_args->toPlainText(), &error);
    if (!args) {
        showStatus(error, true);
        return false;
    }
    if (address.isEmpty() || name.isEmpty()) {
        showStatus(tr("A peer and a procedure name are needed"), true);
        return false;
    }
    const qint64 calledMs = QDateTime::currentMSecsSinceEpoch();
    m_engine.callRpc(address, name, *args, m_timeout->value(), this,
                     [this, address, name, args = *args, calledMs](const Result<quint64> &call) {
                         if (!call) {
                             showStatus(ErrorText::describe(call.error()), true);
                             return;
                         }
                         m_traffic->append({{*call, false, address, name, args, calledMs}});
                     });
    showStatus(tr("Called %1 on %2").arg(name, Units::shortAddress(address)));
    return true;
}

void RpcPanel::showEvents(const EventBatch &events)
{
    QList<RpcTrafficModel::Call> calls;
    QList<RpcResponse> answers;
    QList<RpcResponse> responses;
    for (const Event &e : events) {
        if (const auto *a = e.get<RpcAnswered>()) {
            answers.append({a->callId, addressText(a->to), a->name, a->ok, a->result, a->error, a->latencyMs});
        } else if (const auto *in = e.get<RpcRequested>()) {
            calls.append({in->callId, true, in->from.text, in->name, in->args, e.timeMs});
        } else if (const auto *out = e.get<RpcCalled>()) {
            calls.append({out->callId, false, addressText(out->to), out->name, out->args, e.timeMs});
        } else if (const auto *r = e.get<RpcResponded>()) {
            responses.append(r->response);
        } else if (const auto *ba = e.get<BugoutRpcAnswered>()) {  // the same traffic in Bugout rooms
            answers.append({ba->callId, ba->to, ba->name, true, ba->result, {}, ba->latencyMs});
        } else if (const auto *bin = e.get<BugoutRpcRequested>()) {
            calls.append({bin->callId, true, bin->from, bin->name, bin->args, e.timeMs});
        } else if (const auto *bout = e.get<BugoutRpcCalled>()) {
            calls.append({bout->callId, false, bout->to, bout->name, bout->args, e.timeMs});
        } else if (const auto *br = e.get<BugoutRpcResponded>()) {
            responses.append(br->response);
        }
    }
    m_traffic->append(calls);
    // After the calls: a quick procedure's answer comes in the same batch as its call.
    for (const RpcResponse &a : answers)
        m_traffic->applyAnswer(a);
    for (const RpcResponse &r : responses)
        onResponse(r);
}

void RpcPanel::onResponse(const RpcResponse &response)
{
    m_traffic->applyResponse(response, QDateTime::currentMSecsSinceEpoch());
    if (!m_listingCalls.remove(response.callId))
        return;
    if (!response.ok) {
        showStatus(
            tr("%1 did not list its procedures: %2").arg(Units::shortAddress(response.peerAddress), response.error),
            true);
        return;
    }
    if (!m_procedures->setFromListing(response.peerAddress, response.result)) {
        showStatus(
            tr("%1 sent a procedure list that is not [{name, doc}, …]").arg(Units::shortAddress(response.peerAddress)),
            true);
        return;
    }
    showStatus(tr("%1 offers %n procedure(s)", nullptr, m_procedures->rowCount())
                   .arg(Units::shortAddress(response.peerAddress)));
}

void RpcPanel::showStatus(const QString &text, bool error)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc0, 0x30, 0x30) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void RpcPanel::updateDropped()
{
    const quint64 dropped = m_traffic->dropped();
    m_dropped->setVisible(dropped > 0);
    m_dropped->setText(tr("%n older call(s) dropped", nullptr, int(qMin<quint64>(dropped, INT_MAX))));
}

void RpcPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RpcPanel::retranslate()
{
    m_peerLabel->setText(tr("&Member:"));
    m_peer->setAccessibleName(tr("Room member to call"));
    m_peer->setToolTip(tr("The address of a member of one of your rooms"));
    m_peer->lineEdit()->setPlaceholderText(tr("Address of a room member"));
    m_list->setText(tr("&List Procedures"));
    m_list->setAccessibleName(tr("List the member's procedures"));
    m_procedureView->setAccessibleName(tr("Procedures of the member"));
    m_nameLabel->setText(tr("&Procedure:"));
    m_name->setAccessibleName(tr("Procedure to call"));
    m_argsLabel->setText(tr("&Arguments:"));
    m_args->setAccessibleName(tr("Arguments as JSON"));
    m_args->setPlaceholderText(tr("Any JSON value, e.g. [2, 40] or {\"text\": \"hi\"}; empty for null"));
    m_timeoutLabel->setText(tr("&Timeout:"));
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setAccessibleName(tr("Timeout in milliseconds"));
    m_call->setText(tr("&Call"));
    m_call->setAccessibleName(tr("Call the procedure"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the call list"));
    m_trafficView->setAccessibleName(tr("Remote procedure calls and their results"));
    m_procedures->retranslate();
    m_traffic->retranslate();
    updateDropped();
    validateEditor();
}

}  // namespace swarmscope::ui
