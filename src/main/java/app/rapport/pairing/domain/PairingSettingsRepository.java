package app.rapport.pairing.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PairingSettingsRepository extends JpaRepository<PairingSettings, Long> {

    Optional<PairingSettings> findByProgramId(long programId);

    /**
     * Takes the program's pairing lock (a row lock held to the end of the transaction): every
     * change that counts a mentor's slots or a mentee's relationships takes it first.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from PairingSettings s where s.programId = :program")
    Optional<PairingSettings> lockByProgramId(@Param("program") long programId);
}
