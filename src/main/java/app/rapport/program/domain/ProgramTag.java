package app.rapport.program.domain;

import app.rapport.base.AbstractEntity;
import app.rapport.program.ProfileLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;

/** One word of a program's skill and goal vocabulary; tags compare case-insensitively. */
@Entity
@Table(name = "program_tag")
public class ProgramTag extends AbstractEntity {

    @Column(name = "program_id", nullable = false)
    private Long programId;

    @Column(name = "name", nullable = false, length = ProfileLimits.TAG_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = ProfileLimits.TAG_MAX)
    private String nameKey;

    protected ProgramTag() {
    }

    public ProgramTag(long programId, String name) {
        this.programId = programId;
        this.name = name.strip();
        this.nameKey = key(name);
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Long getProgramId() {
        return programId;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }
}
