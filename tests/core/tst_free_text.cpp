#include "core/FreeText.h"

#include <QTest>

// The one rule for free text (issue 15 items 19 and 20): characters counted as a person counts
// them, control characters refused, and invalid UTF-8 found where it starts.
class TestFreeText : public QObject
{
    Q_OBJECT

private slots:
    void lengthCountsWhatAPersonSees_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("left calf") << 9;
        QTest::newRow("emoji outside the BMP") << QStringLiteral("\U0001F600\U0001F600") << 2;
        QTest::newRow("family emoji (ZWJ sequence)")
            << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467") << 1;
        QTest::newRow("flag (regional indicators)") << QStringLiteral("\U0001F1EA\U0001F1F8") << 1;
        QTest::newRow("skin tone") << QStringLiteral("\U0001F44D\U0001F3FD") << 1;
        QTest::newRow("accent as a combining mark") << QStringLiteral("Nu\u0301ria") << 5;
        QTest::newRow("precomposed accent") << QStringLiteral("N\u00FAria") << 5;
        QTest::newRow("Hangul jamo") << QStringLiteral("\u1100\u1161\u11A8") << 1;
        QTest::newRow("CR LF is one") << QStringLiteral("a\r\nb") << 3;
    }
    void lengthCountsWhatAPersonSees()
    {
        QFETCH(QString, text);
        QFETCH(int, characters);
        QCOMPARE(FreeText::length(text), characters);
    }

    void oneRuleForControlCharacters()
    {
        using L = FreeText::Lines;
        for (const char16_t c : {u'\0', u'\x07', u'\x1b', u'\x7f', u'\x85', u'\x9b', u'\r'}) {
            const QString text = QStringLiteral("left ") + QChar(c) + QStringLiteral("calf");
            QVERIFY2(FreeText::hasForbiddenCharacters(text, L::One),
                     qPrintable(QString::number(c)));
            QVERIFY2(FreeText::hasForbiddenCharacters(text, L::Many),
                     qPrintable(QString::number(c)));
        }
        QVERIFY(FreeText::hasForbiddenCharacters(QStringLiteral("a\nb"), L::One));
        QVERIFY(FreeText::hasForbiddenCharacters(QStringLiteral("a\tb"), L::One));
        QVERIFY(!FreeText::hasForbiddenCharacters(QStringLiteral("a\nb\tc"), L::Many));
        QVERIFY(FreeText::hasForbiddenCharacters(QString(QChar(0xDC00)), L::Many)); // lone half
        QVERIFY(FreeText::hasForbiddenCharacters(QString(QChar(0xD83D)), L::Many));
        QVERIFY(!FreeText::hasForbiddenCharacters(QStringLiteral("\U0001F600 \u202Eabc"), L::One));
        QVERIFY(
            !FreeText::hasForbiddenCharacters(QStringLiteral("\u00A0soft\u00ADhyphen"), L::One));
    }

    void problemNamesTheFieldAndTheLimit()
    {
        const QString what = QStringLiteral("The cancellation reason");
        const QString emoji = QStringLiteral("\U0001F600");
        QVERIFY(FreeText::problem(emoji.repeated(500), 500, FreeText::Lines::One, what).isEmpty());
        const QString over =
            FreeText::problem(emoji.repeated(501), 500, FreeText::Lines::One, what);
        QVERIFY2(over.contains(what) && over.contains(QLatin1String("500")) &&
                     over.contains(QLatin1String("501")),
                 qPrintable(over));
        const QString control =
            FreeText::problem(QStringLiteral("a\x1b[2Jb"), 500, FreeText::Lines::Many, what);
        QVERIFY2(control.contains(QLatin1String("control characters")), qPrintable(control));
        const QString zalgo =
            FreeText::problem(QStringLiteral("a") + QString(QChar(0x0301)).repeated(40), 500,
                              FreeText::Lines::One, what);
        QVERIFY2(zalgo.contains(QLatin1String("marks")), qPrintable(zalgo));
        QVERIFY(FreeText::problem(QStringLiteral("a") + QString(QChar(0x0301)).repeated(3), 1,
                                  FreeText::Lines::One, what)
                    .isEmpty());
    }

    void invalidUtf8IsFoundWhereItStarts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("at");
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("ascii") << QByteArray("abc") << -1;
        QTest::newRow("two, three and four bytes")
            << QByteArray("N\xC3\xBAria \xE2\x82\xAC \xF0\x9F\x98\x80") << -1;
        QTest::newRow("highest code point") << QByteArray("\xF4\x8F\xBF\xBF") << -1;
        QTest::newRow("Latin-1 byte") << QByteArray("caf\xE9") << 3;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << 0;
        QTest::newRow("overlong NUL") << QByteArray("x\xC0\x80") << 1;
        QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("ab\xED\xA0\x80") << 2;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("five bytes") << QByteArray("\xF8\x88\x80\x80\x80") << 0;
        QTest::newRow("cut short at the end") << QByteArray("abc\xE2\x82") << 3;
        QTest::newRow("cut short before ascii") << QByteArray("\xF0\x9F\x98z") << 0;
        QTest::newRow("FE FF") << QByteArray("\xFE\xFF") << 0;
    }
    void invalidUtf8IsFoundWhereItStarts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, at);
        QCOMPARE(FreeText::invalidUtf8At(bytes), qsizetype(at));
        QCOMPARE(FreeText::utf8Problem(bytes, QStringLiteral("x")).isEmpty(), at < 0);
    }

    void utf8ProblemSaysWhere()
    {
        QVERIFY(FreeText::utf8Problem(QByteArray("{\"notes\": \"ok\"}"), QStringLiteral("f"))
                    .isEmpty());
        const QString inLine =
            FreeText::utf8Problem(QByteArray("Nu\xFFria"), QStringLiteral("--name"));
        QVERIFY2(inLine.contains(QLatin1String("--name")) &&
                     inLine.contains(QLatin1String("byte 3")),
                 qPrintable(inLine));
        const QString inFile = FreeText::utf8Problem(
            QByteArray("{\n  \"notes\": \"\xC3\xA0 caf\xE9\"}"), QStringLiteral("answers.json"));
        QVERIFY2(inFile.contains(QLatin1String("line 2, column 18")), qPrintable(inFile));
    }
};

QTEST_GUILESS_MAIN(TestFreeText)
#include "tst_free_text.moc"
