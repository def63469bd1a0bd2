#include "storage/Sealing.h"

#include <sodium.h>

#include <cstring>

namespace Sealing {

namespace {

constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kPrefixLength = int(sizeof kPrefix) - 1;

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

// The key both sides derive: BLAKE2b over the X25519 result and both public keys, as
// crypto_box_seal binds its nonce to them.
bool sharedKey(unsigned char* out, const unsigned char* secret, const unsigned char* peerPublic,
               const QByteArray& ephemeralPublic, const QByteArray& recipient)
{
    unsigned char shared[crypto_scalarmult_BYTES];
    if (crypto_scalarmult(shared, secret, peerPublic) != 0)
        return false;
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kKeyBytes);
    crypto_generichash_update(&state, shared, sizeof shared);
    crypto_generichash_update(&state, bytes(ephemeralPublic), size_t(ephemeralPublic.size()));
    crypto_generichash_update(&state, bytes(recipient), size_t(recipient.size()));
    crypto_generichash_final(&state, out, kKeyBytes);
    sodium_memzero(shared, sizeof shared);
    sodium_memzero(&state, sizeof state);
    return true;
}

QByteArray encrypt(const unsigned char* key, const QByteArray& plain, const QByteArray& ad,
                   const unsigned char* nonce)
{
    QByteArray out(kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    std::memcpy(out.data(), nonce, kNonceBytes);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + kNonceBytes, &length, bytes(plain),
                                               quint64(plain.size()), bytes(ad), quint64(ad.size()),
                                               nullptr, nonce, key);
    return out;
}

std::optional<QByteArray> decrypt(const unsigned char* key, const QByteArray& box,
                                  const QByteArray& ad)
{
    if (box.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    QByteArray plain(box.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(plain), &length, nullptr, bytes(box) + kNonceBytes,
            quint64(box.size() - kNonceBytes), bytes(ad), quint64(ad.size()), bytes(box), key) != 0)
        return std::nullopt;
    plain.truncate(int(length));
    return plain;
}

// A locked buffer for a derived key; wiped and freed on scope exit.
struct LockedKey
{
    // sodium_init first: sodium_malloc aborts without it.
    unsigned char* data = ready() ? static_cast<unsigned char*>(sodium_malloc(kKeyBytes)) : nullptr;
    ~LockedKey() { sodium_free(data); }
};

// Random bytes, or repeatable ones drawn from `seed` and `label` (the demo).
void fill(unsigned char* out, size_t size, const QByteArray& seed, const QString& label)
{
    if (seed.isEmpty()) {
        randombytes_buf(out, size);
        return;
    }
    const QByteArray what = label.toUtf8();
    crypto_generichash(out, size, bytes(what), size_t(what.size()), bytes(seed),
                       size_t(qMin<int>(seed.size(), crypto_generichash_KEYBYTES_MAX)));
}

std::optional<QByteArray> recoveryBytes(const QString& typed)
{
    // Letters and digits only, case and separators ignored, as a person retypes it.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const char* at = std::strchr(alphabet, c.toLatin1());
        if (c.toLatin1() == 0 || at == nullptr)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at - alphabet);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    if (out.size() != 20)
        return std::nullopt;
    return out;
}

} // namespace

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

bool isSealed(const QString& stored)
{
    return stored.startsWith(QLatin1String(kPrefix));
}

bool holdsNothing(const QString& plain)
{
    return plain.isEmpty() || plain == QLatin1String("[]") || plain == QLatin1String("{}");
}

QString binding(const QString& table, qint64 row, const QString& field)
{
    return QStringLiteral("%1/%2/%3").arg(table).arg(row).arg(field);
}

QString userContext(qint64 userId)
{
    return QStringLiteral("wrap/user/%1").arg(userId);
}

CentreKey::CentreKey() : m_secret(static_cast<unsigned char*>(sodium_malloc(kKeyBytes)))
{
}

CentreKey::~CentreKey()
{
    sodium_free(m_secret); // zeroes the memory before unlocking and freeing it
}

std::shared_ptr<CentreKey> CentreKey::generate(const QByteArray& seed)
{
    if (!ready())
        return nullptr;
    std::shared_ptr<CentreKey> key(new CentreKey);
    if (!key->m_secret)
        return nullptr;
    key->m_public = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (seed.size() == crypto_box_SEEDBYTES)
        crypto_box_seed_keypair(bytes(key->m_public), key->m_secret, bytes(seed));
    else
        crypto_box_keypair(bytes(key->m_public), key->m_secret);
    return key;
}

std::shared_ptr<CentreKey> CentreKey::fromSecret(const unsigned char* secret)
{
    if (!ready())
        return nullptr;
    std::shared_ptr<CentreKey> key(new CentreKey);
    if (!key->m_secret)
        return nullptr;
    std::memcpy(key->m_secret, secret, kKeyBytes);
    key->m_public = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(bytes(key->m_public), key->m_secret);
    return key;
}

std::optional<QString> CentreKey::open(const QString& stored, const QString& binding) const
{
    if (!isSealed(stored))
        return std::nullopt;
    const QByteArray raw =
        QByteArray::fromBase64(QStringView(stored).mid(kPrefixLength).toLatin1());
    if (raw.size() < crypto_box_PUBLICKEYBYTES + kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray ephemeral = raw.left(crypto_box_PUBLICKEYBYTES);
    LockedKey key;
    if (!key.data || !sharedKey(key.data, m_secret, bytes(ephemeral), ephemeral, m_public))
        return std::nullopt;
    const std::optional<QByteArray> plain =
        decrypt(key.data, raw.mid(crypto_box_PUBLICKEYBYTES), binding.toUtf8());
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

Sealer::Sealer(const QByteArray& publicKey, const QByteArray& seed)
    : m_recipient(publicKey), m_seed(seed)
{
    if (!ready() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return;
    unsigned char ephemeralSecret[crypto_box_SECRETKEYBYTES];
    m_ephemeralPublic = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (seed.size() == crypto_box_SEEDBYTES)
        crypto_box_seed_keypair(bytes(m_ephemeralPublic), ephemeralSecret, bytes(seed));
    else
        crypto_box_keypair(bytes(m_ephemeralPublic), ephemeralSecret);
    m_key = static_cast<unsigned char*>(sodium_malloc(kKeyBytes));
    if (m_key &&
        !sharedKey(m_key, ephemeralSecret, bytes(publicKey), m_ephemeralPublic, publicKey)) {
        sodium_free(m_key);
        m_key = nullptr;
    }
    sodium_memzero(ephemeralSecret, sizeof ephemeralSecret); // only the shared key is kept
}

Sealer::~Sealer()
{
    sodium_free(m_key);
}

QString Sealer::seal(const QString& plain, const QString& binding)
{
    if (!m_key)
        return {};
    unsigned char nonce[kNonceBytes];
    if (m_seed.isEmpty()) {
        randombytes_buf(nonce, sizeof nonce);
    } else {
        // Repeatable, and never the same twice for one sealer.
        const quint64 counter = m_counter++;
        crypto_generichash(nonce, sizeof nonce, reinterpret_cast<const unsigned char*>(&counter),
                           sizeof counter, bytes(m_seed), size_t(m_seed.size()));
    }
    const QByteArray box = encrypt(m_key, plain.toUtf8(), binding.toUtf8(), nonce);
    return QLatin1String(kPrefix) + QString::fromLatin1((m_ephemeralPublic + box).toBase64());
}

std::optional<Wrapped> wrapWithPassword(const CentreKey& key, const QString& password,
                                        const QString& context, const QByteArray& seed)
{
    if (!ready())
        return std::nullopt;
    Wrapped wrapped;
    wrapped.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    fill(bytes(wrapped.salt), size_t(wrapped.salt.size()), seed, QStringLiteral("salt ") + context);
    const QByteArray utf8 = password.toUtf8();
    LockedKey derived;
    if (!derived.data ||
        crypto_pwhash(derived.data, kKeyBytes, utf8.constData(), quint64(utf8.size()),
                      bytes(wrapped.salt), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    unsigned char nonce[kNonceBytes];
    fill(nonce, sizeof nonce, seed, QStringLiteral("nonce ") + context);
    const QByteArray secret(reinterpret_cast<const char*>(key.secret()), kKeyBytes);
    wrapped.box = encrypt(derived.data, secret, context.toUtf8(), nonce);
    return wrapped;
}

QList<Wrapped> wrapManyWithPassword(const CentreKey& key, const QString& password,
                                    const QStringList& contexts, const QByteArray& seed)
{
    QList<Wrapped> out;
    if (!ready() || seed.isEmpty())
        return out;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    fill(bytes(salt), size_t(salt.size()), seed, QStringLiteral("salt for every account"));
    const QByteArray utf8 = password.toUtf8();
    LockedKey derived;
    if (!derived.data ||
        crypto_pwhash(derived.data, kKeyBytes, utf8.constData(), quint64(utf8.size()), bytes(salt),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return out;
    const QByteArray secret(reinterpret_cast<const char*>(key.secret()), kKeyBytes);
    for (const QString& context : contexts) {
        unsigned char nonce[kNonceBytes];
        fill(nonce, sizeof nonce, seed, QStringLiteral("nonce ") + context);
        out.append({salt, encrypt(derived.data, secret, context.toUtf8(), nonce)});
    }
    return out;
}

std::shared_ptr<CentreKey> unwrapWithPassword(const Wrapped& wrapped, const QString& password,
                                              const QString& context)
{
    if (!ready() || wrapped.salt.size() != crypto_pwhash_SALTBYTES)
        return nullptr;
    const QByteArray utf8 = password.toUtf8();
    LockedKey derived;
    if (!derived.data ||
        crypto_pwhash(derived.data, kKeyBytes, utf8.constData(), quint64(utf8.size()),
                      bytes(wrapped.salt), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return nullptr;
    std::optional<QByteArray> secret = decrypt(derived.data, wrapped.box, context.toUtf8());
    if (!secret || secret->size() != kKeyBytes)
        return nullptr;
    std::shared_ptr<CentreKey> key = CentreKey::fromSecret(bytes(*secret));
    sodium_memzero(secret->data(), size_t(secret->size()));
    return key;
}

namespace {

bool recoveryKeyFrom(unsigned char* out, const QString& recoveryKey)
{
    std::optional<QByteArray> raw = recoveryBytes(recoveryKey);
    if (!raw)
        return false;
    static const QByteArray context = "massage-desk recovery key";
    crypto_generichash(out, kKeyBytes, bytes(*raw), size_t(raw->size()), bytes(context),
                       size_t(context.size()));
    sodium_memzero(raw->data(), size_t(raw->size()));
    return true;
}

} // namespace

std::optional<Wrapped> wrapWithRecovery(const CentreKey& key, const QString& recoveryKey,
                                        const QString& context, const QByteArray& seed)
{
    LockedKey derived;
    if (!ready() || !derived.data || !recoveryKeyFrom(derived.data, recoveryKey))
        return std::nullopt;
    unsigned char nonce[kNonceBytes];
    fill(nonce, sizeof nonce, seed, QStringLiteral("nonce ") + context);
    const QByteArray secret(reinterpret_cast<const char*>(key.secret()), kKeyBytes);
    return Wrapped{{}, encrypt(derived.data, secret, context.toUtf8(), nonce)};
}

std::shared_ptr<CentreKey> unwrapWithRecovery(const Wrapped& wrapped, const QString& recoveryKey,
                                              const QString& context)
{
    LockedKey derived;
    if (!ready() || !derived.data || !recoveryKeyFrom(derived.data, recoveryKey))
        return nullptr;
    std::optional<QByteArray> secret = decrypt(derived.data, wrapped.box, context.toUtf8());
    if (!secret || secret->size() != kKeyBytes)
        return nullptr;
    std::shared_ptr<CentreKey> key = CentreKey::fromSecret(bytes(*secret));
    sodium_memzero(secret->data(), size_t(secret->size()));
    return key;
}

QString newRecoveryKey(const QByteArray& seed)
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";
    unsigned char raw[20];
    if (!ready())
        return {};
    fill(raw, sizeof raw, seed, QStringLiteral("recovery key"));
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (unsigned char byte : raw) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && out.size() % 5 == 4)
                out += QLatin1Char('-');
            out += QLatin1Char(alphabet[(buffer >> bits) & 31]);
        }
    }
    sodium_memzero(raw, sizeof raw);
    return out;
}

} // namespace Sealing
