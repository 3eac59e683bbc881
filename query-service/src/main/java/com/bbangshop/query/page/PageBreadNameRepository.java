package com.bbangshop.query.page;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PageBreadNameRepository extends JpaRepository<PageBreadName, String> {
}
