package com.bbangshop.query.bread;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BreadRepository extends JpaRepository<BreadEntry, String> {
}
