#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// Health data sealed at rest (DESIGN 6). A value is sealed to the centre's X25519 public key
// with an ephemeral sender key (the crypto_box_seal idea) and XChaCha20-Poly1305, whose
// associated data names the row and field ("checkins/12/notes"), so a value copied to another
// row or field does not open. Only someone holding the centre's secret key opens it; that key is
// stored wrapped per reader (Argon2id of their password) and by a recovery key.
namespace Sealing {

// The prefix of every sealed value in a text column: plain values never start with it.
inline constexpr char kPrefix[] = "sealed1:";
inline constexpr int kKeyBytes = 32;

bool ready(); // sodium_init, once
bool isSealed(const QString& stored);
// Values with nothing to seal, kept as they are: empty, no reasons ("[]"), erased answers ("{}").
bool holdsNothing(const QString& plain);
// "checkins/<id>/<field>": what a sealed value is bound to.
QString binding(const QString& table, qint64 row, const QString& field);
// What a wrap is bound to: one account ("wrap/user/3"), or the recovery key.
QString userContext(qint64 userId);
inline constexpr char kRecoveryContext[] = "wrap/recovery";
// Keys and boxes as stored in text columns.
inline QString toText(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// The centre's secret key, only ever in locked memory (sodium_malloc: guarded, mlock'ed, never
// swapped) and wiped when the last holder lets go (sign-out, lock, exit).
class CentreKey
{
public:
    // A new random key pair, or one from a 32-byte seed (the demo, so a seed gives one file).
    static std::shared_ptr<CentreKey> generate(const QByteArray& seed = {});
    // From the unwrapped secret key bytes (wiped by the caller).
    static std::shared_ptr<CentreKey> fromSecret(const unsigned char* secret);
    ~CentreKey();
    CentreKey(const CentreKey&) = delete;
    CentreKey& operator=(const CentreKey&) = delete;

    QByteArray publicKey() const { return m_public; }
    const unsigned char* secret() const { return m_secret; }
    // The plain value, or nothing when it is not sealed to this key or not bound to `binding`.
    std::optional<QString> open(const QString& stored, const QString& binding) const;

private:
    CentreKey();
    unsigned char* m_secret = nullptr; // kKeyBytes in sodium_malloc'd memory
    QByteArray m_public;
};

// Seals values to one public key. One ephemeral key per sealer, so each value costs a random
// nonce and one AEAD pass (no key agreement per value): the large centre seals in seconds.
class Sealer
{
public:
    // `seed` (32 bytes) makes the ephemeral key and the nonces repeatable (the demo only).
    explicit Sealer(const QByteArray& publicKey, const QByteArray& seed = {});
    ~Sealer();
    Sealer(const Sealer&) = delete;
    Sealer& operator=(const Sealer&) = delete;

    bool valid() const { return m_key != nullptr; }
    const QByteArray& publicKey() const { return m_recipient; }
    // The stored form of `plain` bound to `binding`; empty when sealing failed.
    QString seal(const QString& plain, const QString& binding);

private:
    QByteArray m_recipient;
    QByteArray m_ephemeralPublic;
    unsigned char* m_key = nullptr; // the shared key, in locked memory
    QByteArray m_seed;
    quint64 m_counter = 0;
};

// A secret key wrapped under a key derived from a password (Argon2id, its own salt) or from a
// recovery key; `context` ("wrap/user/3", "wrap/recovery") is bound in as associated data.
struct Wrapped
{
    QByteArray salt; // empty for the recovery key (it is random already)
    QByteArray box;  // nonce || ciphertext
};
// A `seed` makes the salt and nonce repeatable (the demo, whose password is public anyway).
std::optional<Wrapped> wrapWithPassword(const CentreKey& key, const QString& password,
                                        const QString& context, const QByteArray& seed = {});
// One wrap per context under one password and one seeded salt, with a single Argon2id: the
// demo's accounts all share its public password.
QList<Wrapped> wrapManyWithPassword(const CentreKey& key, const QString& password,
                                    const QStringList& contexts, const QByteArray& seed);
std::shared_ptr<CentreKey> unwrapWithPassword(const Wrapped& wrapped, const QString& password,
                                              const QString& context);
std::optional<Wrapped> wrapWithRecovery(const CentreKey& key, const QString& recoveryKey,
                                        const QString& context, const QByteArray& seed = {});
std::shared_ptr<CentreKey> unwrapWithRecovery(const Wrapped& wrapped, const QString& recoveryKey,
                                              const QString& context);

// A new recovery key as a person copies it: 8 groups of 4 letters and digits (160 bits).
// A seed makes it repeatable (the demo).
QString newRecoveryKey(const QByteArray& seed = {});

} // namespace Sealing
