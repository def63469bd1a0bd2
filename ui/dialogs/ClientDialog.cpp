#include "dialogs/ClientDialog.h"

#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "widgets/ChangedElsewhereBar.h"
#include "widgets/WaitingSave.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel* makeProblemLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #8b0000"));
    label->hide();
    return label;
}

// A field with its problem message right under it.
QWidget* withProblem(QWidget* field, QLabel* problem, QLabel* extra = nullptr)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    if (extra)
        layout->addWidget(extra);
    return box;
}

} // namespace

bool ClientDialog::Snapshot::operator==(const Snapshot& other) const
{
    return input.name == other.input.name && input.phone == other.input.phone &&
           input.email == other.input.email && input.language == other.input.language &&
           input.notes == other.input.notes && consent == other.consent;
}

ClientDialog::ClientDialog(Database& database, qint64 clientId, QWidget* parent)
    : QDialog(parent), m_database(database), m_clientId(clientId), m_name(new QLineEdit),
      m_phone(new QLineEdit), m_email(new QLineEdit), m_language(new QComboBox),
      m_notes(new QPlainTextEdit), m_consent(new QCheckBox), m_consentState(new QLabel),
      m_nameProblem(makeProblemLabel()), m_phoneProblem(makeProblemLabel()),
      m_emailProblem(makeProblemLabel()), m_notesProblem(makeProblemLabel()),
      m_duplicates(new QLabel), m_error(makeProblemLabel()), m_changed(new ChangedElsewhereBar),
      m_save(nullptr), m_duplicateTimer(new QTimer(this))
{
    confirmDiscard = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Discard;
    };

    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setMaxLength(ClientRules::kMaxNameLength);
    m_name->setPlaceholderText(tr("First name and surnames"));
    m_phone->setObjectName(QStringLiteral("clientPhone"));
    m_phone->setMaxLength(30);
    m_phone->setPlaceholderText(tr("e.g. 612 34 56 78"));
    m_email->setObjectName(QStringLiteral("clientEmail"));
    m_email->setMaxLength(254);
    m_email->setPlaceholderText(tr("e.g. name@example.com"));
    m_language->setObjectName(QStringLiteral("clientLanguage"));
    m_language->addItem(tr("Catalan"), QStringLiteral("ca"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_notes->setObjectName(QStringLiteral("clientNotes"));
    m_notes->setPlaceholderText(tr("Preferences for the desk, e.g. prefers mornings"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 14);
    m_duplicates->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setStyleSheet(
        QStringLiteral("QLabel { color: #5c3c00; background: #fff4d6; border: 1px solid #e0b84c; "
                       "border-radius: 3px; padding: 4px 6px; }"));
    m_duplicates->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), withProblem(m_name, m_nameProblem));
    form->addRow(tr("&Phone:"), withProblem(m_phone, m_phoneProblem));
    form->addRow(tr("&Email:"), withProblem(m_email, m_emailProblem, m_duplicates));
    form->addRow(tr("Preferred &language:"), m_language);
    form->addRow(tr("N&otes:"), withProblem(m_notes, m_notesProblem));

    // The consent: the text itself, its version, and when and by whom it was recorded.
    auto* consentGroup = new QGroupBox(tr("Data-processing consent"));
    auto* consentText = new QLabel(ClientRules::consentText());
    consentText->setWordWrap(true);
    consentText->setObjectName(QStringLiteral("consentText"));
    consentText->setFrameShape(QFrame::StyledPanel);
    consentText->setMargin(6);
    consentText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* version = new QLabel(tr("Text version %1").arg(ClientRules::consentVersion()));
    version->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    m_consent->setObjectName(QStringLiteral("clientConsent"));
    m_consent->setText(tr("The client has read this text and &agrees to it"));
    m_consentState->setObjectName(QStringLiteral("consentState"));
    m_consentState->setWordWrap(true);
    auto* consentLayout = new QVBoxLayout(consentGroup);
    consentLayout->addWidget(consentText);
    consentLayout->addWidget(version);
    consentLayout->addWidget(m_consent);
    consentLayout->addWidget(m_consentState);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveClient"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(consentGroup);
    layout->addWidget(m_changed);
    // A save the server could not take waits here and goes through when the connection is back.
    m_waiting = new WaitingSave(
        m_database, [this] { return tr("Client: %1").arg(m_name->text().trimmed()); },
        [this] {
            if (save())
                accept();
        },
        this);
    layout->addWidget(m_waiting);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientDialog::reject);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(250);
    connect(m_duplicateTimer, &QTimer::timeout, this, &ClientDialog::checkDuplicates);
    for (QLineEdit* edit : {m_name, m_phone, m_email}) {
        connect(edit, &QLineEdit::textChanged, this, &ClientDialog::updateButtons);
        connect(edit, &QLineEdit::editingFinished, this, &ClientDialog::checkFields);
    }
    connect(m_name, &QLineEdit::textChanged, this, [this] { showProblem(m_nameProblem, {}); });
    connect(m_phone, &QLineEdit::textChanged, this, [this] {
        showProblem(m_phoneProblem, {});
        m_duplicateTimer->start();
    });
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        showProblem(m_emailProblem, {});
        m_duplicateTimer->start();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ClientDialog::updateButtons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ClientDialog::updateButtons);
    connect(m_consent, &QCheckBox::toggled, this, [this] {
        updateConsentState();
        updateButtons();
    });

    m_changed->differences = [this] {
        return differences();
    };
    connect(m_changed, &ChangedElsewhereBar::reloadRequested, this, [this] {
        load();
        fitContents();
    });
    connect(m_changed, &ChangedElsewhereBar::keepMineRequested, this, &ClientDialog::keepMine);
    load();
    setMinimumWidth(560);
    resize(620, minimumSizeHint().height());
    fitContents(); // as tall as the wrapped consent text needs at this width, no taller
}

void ClientDialog::load()
{
    if (m_clientId > 0) {
        StorageError error;
        if (!ClientRepository(m_database).details(m_clientId, &m_details, &error)) {
            showProblem(m_error, error.message);
            m_save->setEnabled(false);
        }
        m_name->setText(m_details.name);
        m_phone->setText(m_details.phone);
        m_email->setText(m_details.email);
        m_language->setCurrentIndex(qMax(0, m_language->findData(m_details.language)));
        m_notes->setPlainText(m_details.notes);
        // Ticked only for a consent to the current text; an older one is named below.
        m_consent->setChecked(m_details.hasConsent() &&
                              m_details.consentVersion == ClientRules::consentVersion());
        setWindowTitle(tr("Client %1: %2").arg(m_clientId).arg(m_details.name));
        checkDuplicates();
    } else {
        setWindowTitle(tr("New client"));
    }
    m_saved = current();
    updateConsentState();
    updateButtons();
}

void ClientDialog::prefill(const QString& typed)
{
    const QString text = typed.trimmed();
    if (m_clientId > 0 || text.isEmpty())
        return;
    if (ClientRules::searchQuery(text).startsWith(QLatin1String("search_phone")))
        m_phone->setText(text);
    else if (text.contains(QLatin1Char('@')))
        m_email->setText(text);
    else
        m_name->setText(text);
    checkDuplicates();
    m_saved = current(); // nothing typed here yet: closing needs no confirmation
}

ClientDialog::Snapshot ClientDialog::current() const
{
    Snapshot s;
    s.input.name = m_name->text();
    s.input.phone = m_phone->text();
    s.input.email = m_email->text();
    s.input.language = m_language->currentData().toString();
    s.input.notes = m_notes->toPlainText();
    s.consent = m_consent->isChecked();
    return s;
}

ClientDialog::~ClientDialog()
{
    // ~QDialog hides a dialog still shown (its window closing with it), and the focus leaving a
    // field then emits editingFinished, when this is no longer a ClientDialog.
    for (QLineEdit* edit : {m_name, m_phone, m_email})
        disconnect(edit, nullptr, this, nullptr);
}

bool ClientDialog::hasUnsavedChanges() const
{
    return !(current() == m_saved);
}

void ClientDialog::updateButtons()
{
    // A client needs a name; everything else can wait.
    m_save->setEnabled(!m_name->text().trimmed().isEmpty() &&
                       (m_clientId == 0 || !m_details.name.isEmpty()));
}

void ClientDialog::updateConsentState()
{
    const QTimeZone zone = SettingsRepository(m_database).timeZone();
    const auto when = [&zone](qint64 secs) {
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs, zone),
                                  QStringLiteral("d MMM yyyy, HH:mm"));
    };
    const bool given = m_details.hasConsent();
    QString text;
    if (m_consent->isChecked() &&
        !(given && m_details.consentVersion == ClientRules::consentVersion()))
        text = tr("Will be recorded now, for text version %1, when you save.")
                   .arg(ClientRules::consentVersion());
    else if (!m_consent->isChecked() && given &&
             m_details.consentVersion == ClientRules::consentVersion())
        text = tr("Will be recorded as withdrawn when you save.");
    else if (given) {
        const QString who = m_details.consentByName.isEmpty()
                                ? tr("at the desk")
                                : tr("by %1").arg(m_details.consentByName);
        text = tr("\u2713 Agreed to text version %1 on %2, recorded %3.")
                   .arg(m_details.consentVersion, when(m_details.consentAt), who);
        if (m_details.consentVersion != ClientRules::consentVersion())
            text += QLatin1Char(' ') + tr("The text has changed since: tick the box once the "
                                          "client agrees to version %1.")
                                           .arg(ClientRules::consentVersion());
    } else if (m_details.consentWithdrawnAt > 0) {
        text = tr("\u2716 Withdrawn on %1 (had agreed to version %2 on %3).")
                   .arg(when(m_details.consentWithdrawnAt), m_details.consentVersion,
                        when(m_details.consentAt));
    } else {
        text = tr("Not recorded yet: ask the client to read the text.");
    }
    m_consentState->setText(text);
}

void ClientDialog::showProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    fitContents();
}

void ClientDialog::fitContents()
{
    // Wrapped messages need height the window does not get by itself: grow, never squeeze.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

QLabel* ClientDialog::problemLabel(const QString& field) const
{
    if (field == QLatin1String("name"))
        return m_nameProblem;
    if (field == QLatin1String("phone"))
        return m_phoneProblem;
    if (field == QLatin1String("email"))
        return m_emailProblem;
    if (field == QLatin1String("notes"))
        return m_notesProblem;
    return m_error;
}

QString ClientDialog::problem(const QString& field) const
{
    QLabel* label = problemLabel(field);
    return label->isHidden() ? QString() : label->text();
}

bool ClientDialog::checkFields()
{
    // Each field alone, so its message appears under it. An empty name is shown only on save.
    const Snapshot s = current();
    const QString placeholder = QStringLiteral("x");
    const auto check = [](ClientRules::Input input) {
        return ClientRules::validate(&input);
    };
    const QString name = s.input.name.trimmed().isEmpty()
                             ? QString()
                             : check({s.input.name, {}, {}, QStringLiteral("ca"), {}});
    const QString phone = check({placeholder, s.input.phone, {}, QStringLiteral("ca"), {}});
    const QString email = check({placeholder, {}, s.input.email, QStringLiteral("ca"), {}});
    const QString notes = check({placeholder, {}, {}, QStringLiteral("ca"), s.input.notes});
    showProblem(m_nameProblem, name);
    showProblem(m_phoneProblem, phone);
    showProblem(m_emailProblem, email);
    showProblem(m_notesProblem, notes);
    return name.isEmpty() && phone.isEmpty() && email.isEmpty() && notes.isEmpty();
}

void ClientDialog::checkDuplicates()
{
    m_duplicateTimer->stop();
    StorageError error;
    QList<ClientSummary> others =
        ClientRepository(m_database).findDuplicates(m_phone->text(), m_email->text(), &error);
    others.removeIf([this](const ClientSummary& c) { return c.id == m_clientId; });
    const QString phoneDigits =
        ClientRules::phoneSearchTokens(m_phone->text()).section(QLatin1Char(' '), 0, 0);
    const QString email = m_email->text().trimmed().toCaseFolded();
    QStringList lines;
    for (const ClientSummary& c : std::as_const(others)) {
        if (lines.size() == 3) {
            lines << tr("\u2026 and %n more.", nullptr, int(others.size()) - 3);
            break;
        }
        const bool phone =
            !phoneDigits.isEmpty() &&
            ClientRules::phoneSearchTokens(c.phone).section(QLatin1Char(' '), 0, 0) == phoneDigits;
        const bool mail = !email.isEmpty() && c.email.trimmed().toCaseFolded() == email;
        const QString who = tr("%1 (client %2)").arg(c.name).arg(c.id);
        if (phone && mail)
            lines << tr("\u26A0 %1 already has this phone number and email address.").arg(who);
        else if (phone)
            lines << tr("\u26A0 %1 already has this phone number.").arg(who);
        else
            lines << tr("\u26A0 %1 already has this email address.").arg(who);
    }
    if (error)
        lines = QStringList{error.message};
    m_duplicates->setText(lines.join(QLatin1Char('\n')));
    m_duplicates->setVisible(!lines.isEmpty());
    fitContents();
}

bool ClientDialog::save()
{
    showProblem(m_error, {});
    if (m_name->text().trimmed().isEmpty()) {
        showProblem(m_nameProblem, tr("The client needs a name."));
        m_name->setFocus();
        return false;
    }
    if (!checkFields()) {
        const std::pair<QLabel*, QWidget*> fields[] = {{m_nameProblem, m_name},
                                                       {m_phoneProblem, m_phone},
                                                       {m_emailProblem, m_email},
                                                       {m_notesProblem, m_notes}};
        for (const auto& [label, field] : fields) {
            if (!label->isHidden()) {
                field->setFocus();
                break;
            }
        }
        return false;
    }
    const Snapshot wanted = current();
    ClientRepository repository(m_database);
    StorageError error;
    // A new client and their consent are one transaction: all of it, or nothing to retry around.
    const bool newWithConsent = m_clientId == 0 && wanted.consent;
    const bool stored =
        m_clientId > 0   ? repository.update(m_clientId, wanted.input, &error, m_details.version)
        : newWithConsent ? repository.addWithConsent(wanted.input, ClientRules::consentVersion(),
                                                     userId, &m_clientId, &error)
                         : repository.add(wanted.input, userId, &m_clientId, &error);
    if (!stored && m_waiting->waitIfDisconnected(error)) {
        fitContents();
        return false;
    }
    if (!stored && error.code == StorageError::Code::ChangedElsewhere) {
        m_changed->showRefusal(error.message); // what was typed stays until the person chooses
        fitContents();
        return false;
    }
    if (!stored) {
        showProblem(m_error, error.message);
        return false;
    }
    m_waiting->clear();
    // From here on the client exists: saving again updates it instead of adding a second one.
    m_saved.input = wanted.input;
    const bool hadConsent =
        m_details.hasConsent() && m_details.consentVersion == ClientRules::consentVersion();
    bool consentOk = true;
    if (wanted.consent && !hadConsent && !newWithConsent) // a new client's came with it
        consentOk =
            repository.recordConsent(m_clientId, ClientRules::consentVersion(), userId, &error);
    else if (!wanted.consent && hadConsent)
        consentOk = repository.withdrawConsent(m_clientId, &error);
    StorageError readError;
    repository.details(m_clientId, &m_details, &readError);
    if (!consentOk) {
        showProblem(m_error,
                    tr("The details were saved, but not the consent: %1").arg(error.message));
        updateConsentState();
        emit saved(m_clientId);
        return false;
    }
    m_saved = wanted;
    setWindowTitle(tr("Client %1: %2").arg(m_clientId).arg(m_details.name));
    updateConsentState();
    emit saved(m_clientId);
    return true;
}

QList<FieldDifference> ClientDialog::differences() const
{
    QList<FieldDifference> list;
    ClientDetails theirs;
    StorageError error;
    if (!ClientRepository(m_database).details(m_clientId, &theirs, &error))
        return list;
    const Snapshot mine = current();
    const auto language = [this](const QString& code) {
        return m_language->itemText(qMax(0, m_language->findData(code)));
    };
    const auto yesNo = [](bool yes) {
        return yes ? tr("yes") : tr("no");
    };
    addIfDifferent(&list, tr("Name"), theirs.name, mine.input.name);
    addIfDifferent(&list, tr("Phone"), theirs.phone, mine.input.phone);
    addIfDifferent(&list, tr("Email"), theirs.email, mine.input.email);
    addIfDifferent(&list, tr("Language"), language(theirs.language), language(mine.input.language));
    addIfDifferent(&list, tr("Notes"), theirs.notes, mine.input.notes);
    addIfDifferent(
        &list, tr("Consent"),
        yesNo(theirs.hasConsent() && theirs.consentVersion == ClientRules::consentVersion()),
        yesNo(mine.consent));
    return list;
}

void ClientDialog::keepMine()
{
    // Their version becomes the one this dialog builds on; the fields keep what was typed, so
    // the next save replaces theirs knowingly.
    ClientDetails theirs;
    StorageError error;
    if (!ClientRepository(m_database).details(m_clientId, &theirs, &error)) {
        showProblem(m_error, error.message);
        return;
    }
    m_details = theirs;
    m_saved.input = {theirs.name, theirs.phone, theirs.email, theirs.language, theirs.notes};
    m_saved.consent = theirs.hasConsent() && theirs.consentVersion == ClientRules::consentVersion();
    updateConsentState();
    showProblem(m_error, tr("Their version is loaded underneath yours: save to replace it."));
}

void ClientDialog::reject()
{
    if (hasUnsavedChanges() &&
        !confirmDiscard(tr("Discard changes?"),
                        m_clientId > 0 ? tr("Your changes to %1 have not been saved. Discard "
                                            "them?")
                                             .arg(m_details.name)
                                       : tr("This new client has not been saved. Discard it?")))
        return;
    QDialog::reject();
}
