package app.rapport.program.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramTagRepository extends JpaRepository<ProgramTag, Long> {

    List<ProgramTag> findByProgramIdAndNameKeyIn(long programId, Collection<String> keys);

    @Query("select t from ProgramTag t where t.programId = :program and t.nameKey like :prefix order by t.nameKey")
    List<ProgramTag> suggest(@Param("program") long programId, @Param("prefix") String prefix, Pageable page);
}
