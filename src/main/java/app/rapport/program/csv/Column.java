package app.rapport.program.csv;

import java.util.Locale;

/** The documented columns, in the order the exporter writes them. */
enum Column {
    EMAIL(true),
    NAME(true),
    ROLE(true),
    CAPACITY(false),
    SKILLS(false),
    GOALS(false),
    DEPARTMENT(false),
    TIMEZONE(false),
    LANGUAGES(false);

    private final boolean required;
    private final String header;

    Column(boolean required) {
        this.required = required;
        this.header = name().toLowerCase(Locale.ROOT);
    }

    boolean required() {
        return required;
    }

    /** The name in the file's first line, lower case. */
    String header() {
        return header;
    }

    static Column byHeader(String lowerCaseName) {
        for (var column : values()) {
            if (column.header.equals(lowerCaseName)) {
                return column;
            }
        }
        return null;
    }
}
