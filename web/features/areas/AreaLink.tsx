import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export interface AreaLinkProps {
  code: string;
  children: ReactNode;
}

export function AreaLink({ code, children }: AreaLinkProps) {
  return (
    <Link to="/areas/$code" params={{ code }}>
      {children}
    </Link>
  );
}
