package com.bbangshop.query.page;

import com.bbangshop.api.reservation.ReservationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PageRepository extends JpaRepository<PageEntry, String> {

    Page<PageEntry> findByStatus(ReservationStatus status, Pageable pageable);

    Page<PageEntry> findByFlaggedTrue(Pageable pageable);

    Page<PageEntry> findByStatusAndFlaggedTrue(ReservationStatus status, Pageable pageable);
}
