package org.safeguarding.advisor.spring.boot3;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot 3.5 application that only adds the starter. */
@SpringBootApplication
public class Boot3Application {}
