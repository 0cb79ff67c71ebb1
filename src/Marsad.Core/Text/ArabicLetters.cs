namespace Marsad.Text;

/// <summary>Arabic letters and marks that Marsad's text rules name, as an editor or linguist would.</summary>
public static class ArabicLetters
{
    public const char Hamza = '\u0621';             // ء
    public const char AlefMadda = '\u0622';         // آ
    public const char AlefHamzaAbove = '\u0623';    // أ
    public const char WawHamzaAbove = '\u0624';     // ؤ
    public const char AlefHamzaBelow = '\u0625';    // إ
    public const char YehHamzaAbove = '\u0626';     // ئ
    public const char Alef = '\u0627';              // ا
    public const char Beh = '\u0628';               // ب
    public const char TehMarbuta = '\u0629';        // ة
    public const char Teh = '\u062A';               // ت
    public const char Dal = '\u062F';               // د
    public const char Seen = '\u0633';              // س
    public const char Feh = '\u0641';               // ف
    public const char Kaf = '\u0643';               // ك
    public const char Lam = '\u0644';               // ل
    public const char Meem = '\u0645';              // م
    public const char Noon = '\u0646';              // ن
    public const char Heh = '\u0647';               // ه
    public const char Waw = '\u0648';               // و
    public const char AlefMaksura = '\u0649';       // ى
    public const char Yeh = '\u064A';               // ي
    public const char Tatweel = '\u0640';           // ـ
    public const char Shadda = '\u0651';
    public const char SuperscriptAlef = '\u0670';
    public const char AlefWasla = '\u0671';         // ٱ
    public const char PersianKeheh = '\u06A9';      // ک
    public const char PersianYeh = '\u06CC';        // ی
    public const char HehGoal = '\u06C1';           // ہ
    public const char AeHeh = '\u06D5';             // ە
    public const char ArabicComma = '\u060C';       // ،
    public const char ArabicSemicolon = '\u061B';   // ؛
    public const char ArabicQuestionMark = '\u061F';// ؟
    public const char ArabicFullStop = '\u06D4';    // ۔

    /// <summary>True for the letters of the Arabic script (base letters, not marks or digits).</summary>
    public static bool IsLetter(char c) =>
        c is (>= '\u0620' and <= '\u063F') or (>= '\u0641' and <= '\u064A') or (>= '\u066E' and <= '\u066F')
            or (>= '\u0671' and <= '\u06D3') or '\u06D5' or (>= '\u06EE' and <= '\u06EF') or (>= '\u06FA' and <= '\u06FC')
            or '\u06FF' or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08C9')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC');

    /// <summary>Harakat and Quranic annotation marks: U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED.</summary>
    public static bool IsDiacritic(char c) =>
        c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED')
            or (>= '\u08CA' and <= '\u08FF');

    /// <summary>Zero-width and bidirectional controls: U+200B–200F, U+202A–202E, U+2066–2069, U+FEFF (and U+061C, the Arabic letter mark).</summary>
    public static bool IsInvisibleControl(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C'
            or '\u00AD' or '\u2060';

    /// <summary>Digit value of an ASCII, Arabic-Indic (٠–٩) or Persian (۰–۹) digit, else -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };
}
