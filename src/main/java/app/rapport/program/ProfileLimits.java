package app.rapport.program;

/** Sizes shared by the columns, the form fields and the CSV import. */
public final class ProfileLimits {

    public static final int NAME_MAX = 100;
    public static final int DEPARTMENT_MAX = 100;
    public static final int TIMEZONE_MAX = 64;
    public static final int TAG_MAX = 50;
    public static final int TAGS_PER_LIST_MAX = 20;
    public static final int LANGUAGE_MAX = 40;
    public static final int LANGUAGES_MAX = 10;
    public static final int AVAILABILITY_MAX = 500;
    public static final int BIO_MAX = 1000;
    public static final int CAPACITY_MIN = 1;
    public static final int CAPACITY_MAX = 10;
    public static final int CAPACITY_DEFAULT = 2;

    private ProfileLimits() {
    }
}
